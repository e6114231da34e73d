"use client";

import Link from "next/link";

import { STEPS, type StepId } from "@/lib/apprunner/form/steps";
import { cn } from "@/lib/cn";

import { useStepPath } from "./wizard-mode";

/** The list of steps; each is a link, so a person can go back (or ahead) directly. */
export function StepProgress({ current }: { current: StepId }) {
  const currentIndex = STEPS.findIndex((s) => s.id === current);
  const pathOf = useStepPath();
  return (
    <nav aria-label="Wizard steps">
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {STEPS.map((step, i) => (
          <li key={step.id}>
            <Link
              href={pathOf(step.id)}
              aria-current={step.id === current ? "step" : undefined}
              className={cn(
                "rounded px-1 py-0.5 hover:underline",
                step.id === current
                  ? "font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300"
                  : i < currentIndex
                    ? "text-zinc-800 dark:text-zinc-200"
                    : "text-zinc-700 dark:text-zinc-300",
              )}
            >
              <span aria-hidden="true">{i + 1}. </span>
              {step.title}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
