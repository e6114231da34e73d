"use client";

import Link from "next/link";

import type { ReviewSection } from "@/lib/apprunner/form/review-sections";

import { useStepPath } from "./wizard-mode";

/** The answers as the steps group them; `warnings` (by form field) show beside their rows. */
export function ReviewSectionsList({
  sections,
  warnings = {},
}: {
  sections: readonly ReviewSection[];
  warnings?: Readonly<Record<string, string>>;
}) {
  const pathOf = useStepPath();
  return (
    <div className="space-y-4">
      {sections.map(({ step, rows }) => (
        <section
          key={step.id}
          aria-labelledby={`review-${step.id}`}
          className="rounded-md border border-zinc-200 p-4 dark:border-zinc-800"
        >
          <div className="flex items-baseline justify-between gap-3">
            <h2 id={`review-${step.id}`} className="font-semibold">
              {step.title}
            </h2>
            <Link href={pathOf(step.id)} className="text-sm underline">
              Edit<span className="sr-only"> {step.title}</span>
            </Link>
          </div>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
            {rows.map((row) => (
              <div key={row.label} className="contents">
                <dt className="text-zinc-700 dark:text-zinc-300">{row.label}</dt>
                <dd className="break-all">
                  {row.value}
                  {row.permanent && (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100">
                      can&apos;t be changed later
                    </span>
                  )}
                  {row.field && warnings[row.field] && (
                    <span className="mt-1 block text-xs font-medium break-normal text-amber-900 dark:text-amber-200">
                      Warning: {warnings[row.field]}
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
