"use client";

import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { toCliCommand } from "@/lib/apprunner/form/cli-command";

/** The exact CreateService request, with copy-as-CLI and download. */
export function RequestPreview({ input }: { input: CreateServiceCommandInput }) {
  const [copied, setCopied] = useState("");
  const json = JSON.stringify(input, null, 2);

  async function copyCli() {
    try {
      await navigator.clipboard.writeText(toCliCommand(input));
      setCopied("AWS CLI command copied.");
    } catch {
      setCopied("Copying was blocked by the browser; select the JSON and copy it instead.");
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${input.ServiceName || "service"}-create-service.json`;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section aria-labelledby="request-heading" className="space-y-3">
      <h2 id="request-heading" className="font-semibold">
        The CreateService request
      </h2>
      <pre
        tabIndex={0}
        aria-label="CreateService request as JSON"
        className="max-h-96 overflow-auto rounded-md bg-zinc-100 p-3 text-xs dark:bg-zinc-900"
      >
        <code>{json}</code>
      </pre>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={copyCli}>
          Copy as AWS CLI command
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
