"use client";

import Link from "next/link";

import type { SectionChanges } from "@/lib/apprunner/form/service-diff";

import { useStepPath } from "./wizard-mode";

function Value({ value, kind }: { value: string | null; kind: "before" | "after" }) {
  if (value === null)
    return (
      <span className="text-zinc-700 italic dark:text-zinc-300">
        {kind === "before" ? "not set" : "removed"}
      </span>
    );
  return kind === "before" ? (
    <del className="break-all decoration-red-700 dark:decoration-red-400">{value}</del>
  ) : (
    <ins className="break-all font-medium no-underline">{value}</ins>
  );
}

/**
 * An edit's changes, old → new, grouped by step; each group links to its step. The words
 * "was" and "now" say which side is which, so nothing depends on colour or strike-through.
 */
export function ChangeList({ sections }: { sections: readonly SectionChanges[] }) {
  const pathOf = useStepPath();
  return (
    <div className="space-y-4" data-testid="change-list">
      {sections.map(({ step, changes }) => (
        <section
          key={step.id}
          aria-labelledby={`changes-${step.id}`}
          className="rounded-md border border-zinc-200 p-4 dark:border-zinc-800"
        >
          <div className="flex items-baseline justify-between gap-3">
            <h3 id={`changes-${step.id}`} className="font-semibold">
              {step.title}
            </h3>
            <Link href={pathOf(step.id)} className="text-sm underline">
              Edit<span className="sr-only"> {step.title}</span>
            </Link>
          </div>
          <ul className="mt-2 space-y-2 text-sm">
            {changes.map((change) => (
              <li key={change.field} data-field={change.field}>
                <p className="font-medium">{change.label}</p>
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <span className="text-xs text-zinc-700 dark:text-zinc-300">was</span>
                  <Value value={change.before} kind="before" />
                  <span aria-hidden>→</span>
                  <span className="text-xs text-zinc-700 dark:text-zinc-300">now</span>
                  <Value value={change.after} kind="after" />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
