"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

import type { ReplaceQuestion } from "./use-replace-draft";

/**
 * Paste a CLI input JSON or a DescribeService output; see the fixes; continue into the wizard.
 * `replace` puts the import in the form (asking first when that would replace a draft).
 */
export function ImportJsonPanel({ replace }: { replace: (question: ReplaceQuestion) => void }) {
  const id = useId();
  const router = useRouter();
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [fixes, setFixes] = useState<string[] | null>(null);

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Import JSON
      </h2>
      <Field
        id={`${id}-json`}
        label="CreateService request or DescribeService output"
        error={error}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={8}
            spellCheck={false}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setError(undefined);
              setFixes(null);
            }}
          />
        )}
      </Field>
      {fixes === null ? (
        <Button
          variant="secondary"
          disabled={!text.trim()}
          onClick={async () => {
            // Loaded on demand: the import needs the API's schemas, which the first load skips.
            const { importJson } = await import("@/lib/apprunner/form/import-json");
            const result = importJson(text);
            if (!result.ok) {
              setError(result.message);
              return;
            }
            replace({
              values: result.values,
              what: "the imported request",
              onReplaced: () => setFixes(result.fixes),
            });
          }}
        >
          Import
        </Button>
      ) : (
        // Fixes name long member paths with nowhere to break: they wrap anywhere rather than
        // widen a phone's screen past its Continue button.
        <div
          role="status"
          className="min-w-0 space-y-3 rounded-md bg-emerald-50 p-3 text-sm [overflow-wrap:anywhere] dark:bg-emerald-950"
        >
          <p className="font-semibold">
            Imported.{" "}
            {fixes.length === 0
              ? "Nothing needed fixing."
              : `${fixes.length} ${fixes.length === 1 ? "fix" : "fixes"} made:`}
          </p>
          {fixes.length > 0 && (
            <ul aria-label="Fixes made" className="list-disc space-y-1 pl-5">
              {fixes.map((fix) => (
                <li key={fix}>{fix}</li>
              ))}
            </ul>
          )}
          <Button onClick={() => router.push("/services/new/source")}>
            Continue to the wizard
          </Button>
        </div>
      )}
    </section>
  );
}
