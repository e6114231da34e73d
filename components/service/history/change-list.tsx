import type { SectionChanges } from "@/lib/apprunner/form/service-diff";

import { ChangeValue } from "./change-value";

/**
 * What one revision changed from the one before: `label: before → after`, by section (h5s:
 * they sit under a revision's "What changed").
 */
export function ChangeList({ sections }: { sections: SectionChanges[] }) {
  return (
    <div className="space-y-3">
      {sections.map(({ step, changes }) => (
        <div key={step.id}>
          <h5 className="text-sm font-medium">{step.title}</h5>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {changes.map((change) => (
              <li key={change.field}>
                <span className="font-medium">{change.label}:</span>{" "}
                <ChangeValue value={change.before} /> → <ChangeValue value={change.after} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
