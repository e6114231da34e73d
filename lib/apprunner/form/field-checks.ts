import type { z } from "zod";

/** A problem with one form field; `path` is the form path (`source.imageIdentifier`). */
export type FieldIssue = { path: string; message: string };

export type IssueSink = (path: string, message: string) => void;

export function conforms(shape: z.ZodType, value: unknown): boolean {
  return shape.safeParse(value).success;
}

/**
 * Checks a text field against a model shape. The shape holds the rule (pattern, length);
 * the wizard only supplies the sentence a person reads.
 */
export function checkText(
  add: IssueSink,
  path: string,
  value: string,
  shape: z.ZodType,
  messages: { required?: string; invalid: string },
): void {
  if (value.trim() === "") {
    if (messages.required) add(path, messages.required);
    return;
  }
  if (!conforms(shape, value)) add(path, messages.invalid);
}

/** Checks a whole-number field (null when empty) against an integer shape's range. */
export function checkWholeNumber(
  add: IssueSink,
  path: string,
  value: number | null,
  shape: z.ZodNumber,
  label: string,
): void {
  const min = shape.minValue ?? 1;
  const max = shape.maxValue;
  const range =
    max !== null && Number.isFinite(max) ? `from ${min} to ${max}` : `of ${min} or more`;
  if (value === null || !Number.isInteger(value) || !conforms(shape, value))
    add(path, `Enter ${label} as a whole number ${range}.`);
}
