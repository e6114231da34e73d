"use client";

import { useEffect, useRef } from "react";

export type SummaryError = {
  fieldId: string;
  message: string;
  /** Where the field is when it is on another page; otherwise `#fieldId` on this one. */
  href?: string;
};

/**
 * The list of problems at the top of a form. It takes focus when it appears (and when the
 * problems change after another attempt) so screen reader and keyboard users land on it.
 */
export function ErrorSummary({
  errors,
  attempt,
  title,
}: {
  errors: readonly SummaryError[];
  /** Replaces "There are N problems" when the problems need more context. */
  title?: string;
  /** Bumped on each failed submit, so focus moves again even if the list is the same. */
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  const heading =
    title ?? (errors.length === 1 ? "There is 1 problem" : `There are ${errors.length} problems`);
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-heading"
      className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      <h2 id="error-summary-heading" className="font-semibold">
        {heading}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              className="underline"
              href={e.href ?? `#${e.fieldId}`}
              onClick={(event) => {
                if (e.href) return;
                // Focus the control itself (a hash jump alone only scrolls).
                const target = document.getElementById(e.fieldId);
                if (target) {
                  event.preventDefault();
                  target.focus();
                }
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
