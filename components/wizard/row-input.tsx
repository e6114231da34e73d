"use client";

import type { ComponentProps, ReactNode } from "react";

import { FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

import { fieldId } from "./field-id";

/**
 * One control of a list row (a variable's name, a tag's key), labelled on screen at every width:
 * a phone stacks a row's controls, where placeholders alone would not say which is which.
 */
export function RowInput({
  path,
  label,
  error,
  note,
  ...props
}: Omit<ComponentProps<"input">, "id"> & {
  /** The form path, which gives the control its id. */
  path: string;
  label: ReactNode;
  error: string | undefined;
  /** Shown below the control and read as part of its description. */
  note?: ReactNode;
}) {
  const id = fieldId(path);
  return (
    <div>
      <label htmlFor={id} className="block text-xs">
        {label}
      </label>
      <Input
        id={id}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [error ? `${id}-error` : "", note ? `${id}-hint` : ""].filter(Boolean).join(" ") ||
          undefined
        }
        {...props}
      />
      <FieldError id={`${id}-error`} message={error} />
      {note && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-amber-800 dark:text-amber-300">
          {note}
        </p>
      )}
    </div>
  );
}
