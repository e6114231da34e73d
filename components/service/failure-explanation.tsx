import { CircleX } from "lucide-react";

import type { PhaseFailure } from "@/lib/apprunner/deployment-phases";

/** Which phase failed and why: plain words first, then the log lines that say so. */
export function FailureExplanation({
  failure,
  rolledBack,
}: {
  failure: PhaseFailure;
  rolledBack: boolean;
}) {
  return (
    <div
      role="region"
      aria-labelledby="failure-heading"
      className="space-y-2 rounded-md border border-red-600 bg-red-50 p-4 text-red-950 dark:bg-red-950 dark:text-red-50"
    >
      <h3 id="failure-heading" className="flex items-center gap-2 font-semibold">
        <CircleX aria-hidden="true" className="size-5" />
        Failed during: {failure.label}
      </h3>
      <p data-testid="failure-summary">{failure.summary}</p>
      {rolledBack && <p>App Runner rolled back: the service keeps running the previous version.</p>}
      {failure.lines.length > 0 && (
        <>
          <p className="text-sm font-medium">From the deployment log:</p>
          <pre
            className="overflow-x-auto whitespace-pre-wrap break-words rounded bg-white p-2 font-mono text-xs text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100"
            data-testid="failure-lines"
          >
            {failure.lines.map((l) => l.message).join("\n")}
          </pre>
        </>
      )}
    </div>
  );
}
