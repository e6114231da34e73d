"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { cliCommands, type CliRequest } from "@/lib/apprunner/form/cli-command";

/** The operation's name as the API reference spells it: `update-service` → `UpdateService`. */
function operationName(command: CliRequest["command"]): string {
  return command.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
}

/**
 * The exact request(s) the dashboard will send, in order, with copy-as-CLI and download. One
 * request shows as its JSON; several (an edit's tags and update) each under their own name.
 */
export function RequestPreview({
  requests,
  fileName,
}: {
  requests: readonly CliRequest[];
  fileName: string;
}) {
  const [copied, setCopied] = useState("");
  const names = requests.map((r) => operationName(r.command));
  const json = JSON.stringify(
    requests.length === 1 ? requests[0]!.input : requests.map((r, i) => ({ [names[i]!]: r.input })),
    null,
    2,
  );
  const what = names.length === 1 ? `The ${names[0]} request` : `The requests, in order`;

  async function copyCli() {
    try {
      await navigator.clipboard.writeText(cliCommands(requests));
      setCopied(requests.length === 1 ? "AWS CLI command copied." : "AWS CLI commands copied.");
    } catch {
      setCopied("Copying was blocked by the browser; select the JSON and copy it instead.");
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section aria-labelledby="request-heading" className="space-y-3">
      <h2 id="request-heading" className="font-semibold">
        {what}
      </h2>
      {names.length > 1 && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{names.join(", then ")}.</p>
      )}
      <pre
        tabIndex={0}
        aria-label={`${what} as JSON`}
        className="max-h-96 overflow-auto rounded-md bg-zinc-100 p-3 text-xs dark:bg-zinc-900"
      >
        <code>{json}</code>
      </pre>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={copyCli}>
          {requests.length === 1 ? "Copy as AWS CLI command" : "Copy as AWS CLI commands"}
        </Button>
        <Button variant="secondary" onClick={download}>
          Download JSON
        </Button>
        <p aria-live="polite" className="text-sm">
          {copied}
        </p>
      </div>
    </section>
  );
}
