"use client";

import { useId, useState } from "react";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { parseEnvFile, type EnvFileEntry } from "@/lib/apprunner/form/env-file";

/** Paste a whole `.env`, see what will be added, then add it. */
export function EnvPaste({
  existingNames,
  onAdd,
}: {
  existingNames: ReadonlySet<string>;
  onAdd: (entries: EnvFileEntry[]) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const parsed = parseEnvFile(text);

  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Paste .env
      </Button>
    );
  return (
    <div className="space-y-3 rounded-md border border-zinc-300 p-3 dark:border-zinc-700">
      <Field id={`${id}-text`} label="Contents of a .env file">
        {(control) => (
          <Textarea
            {...control}
            rows={6}
            value={text}
            spellCheck={false}
            placeholder={"DATABASE_HOST=db.internal\nLOG_LEVEL=info"}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      {text.trim() && (
        <div aria-live="polite" className="space-y-2 text-sm">
          <h2 className="font-semibold">
            Preview: {parsed.entries.length}{" "}
            {parsed.entries.length === 1 ? "variable" : "variables"}
          </h2>
          {parsed.entries.length > 0 && (
            <ul className="max-h-48 overflow-auto rounded bg-zinc-50 p-2 font-mono text-xs dark:bg-zinc-900">
              {parsed.entries.map((e, i) => (
                <li key={`${e.name}-${i}`} className="break-all">
                  {e.name}={e.value}
                  {existingNames.has(e.name) && (
                    <span className="font-sans text-amber-800 dark:text-amber-300">
                      {" "}
                      (replaces the current value)
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {parsed.skipped.length > 0 && (
            <p className="text-amber-800 dark:text-amber-300">
              Skipped {parsed.skipped.length} line(s) that are not NAME=value:{" "}
              {parsed.skipped.map((s) => `line ${s.line}`).join(", ")}.
            </p>
          )}
        </div>
      )}
      <div className="flex gap-2">
        <Button
          disabled={parsed.entries.length === 0}
          onClick={() => {
            onAdd(parsed.entries);
            setText("");
            setOpen(false);
          }}
        >
          Add {parsed.entries.length || ""} {parsed.entries.length === 1 ? "variable" : "variables"}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
