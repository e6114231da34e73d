"use client";

import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";
import { useEffect, useState } from "react";

import type { ExportFile } from "@/lib/export/export-files";
import { migrationReport } from "@/lib/export/migration-report";

import { ExportView } from "./export-view";

/**
 * The Export view for a draft on the Review step, behind a disclosure. The exporters (and the
 * YAML writer) load only when it is opened, so the wizard doesn't carry them otherwise.
 */
export function DraftExport({ input }: { input: CreateServiceCommandInput }) {
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<ExportFile[] | undefined>(undefined);
  const key = JSON.stringify(input);
  useEffect(() => {
    if (!open) return;
    let current = true;
    void import("@/lib/export/export-files").then(({ exportFiles }) => {
      if (current) setFiles(exportFiles(JSON.parse(key) as CreateServiceCommandInput));
    });
    return () => {
      current = false;
    };
  }, [open, key]);
  return (
    <details
      className="rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer font-semibold">
        Export this draft: CloudFormation, Terraform, ECS Express Mode
      </summary>
      <div className="mt-4">
        {open && !files ? (
          <p role="status" className="text-sm">
            Preparing the exports…
          </p>
        ) : files ? (
          <ExportView files={files} report={migrationReport(input)} level={3} />
        ) : null}
      </div>
    </details>
  );
}
