import type { ExportFile, ExportGroup } from "@/lib/export/export-files";
import { EXPRESS_CREATES, YOU_PROVIDE, type ReportRow } from "@/lib/export/migration-report";

import { ExportFileCard } from "./export-file-card";
import { MigrationTable } from "./migration-table";

const GROUPS: readonly { group: ExportGroup; title: string; note: string }[] = [
  {
    group: "apprunner",
    title: "App Runner",
    note: "The service as it is, for CloudFormation or Terraform. Its auto scaling, VPC connector and observability configurations are referenced by ARN (a parameter or variable defaulting to today's), not re-declared.",
  },
  {
    group: "express",
    title: "Amazon ECS Express Mode",
    note: "Its counterpart. Values in angle brackets, and the template parameters and variables without a default, are yours to fill in: the two roles, and a VPC service's subnets and security groups.",
  },
  { group: "report", title: "Migration report", note: "The table below, as a Markdown file." },
];

/**
 * Every export of one service or draft and the migration report. `level` is the heading level
 * of the group titles, so it fits under the page's or the review step's own heading.
 */
export function ExportView({
  files,
  report,
  level = 2,
}: {
  files: readonly ExportFile[];
  report: readonly ReportRow[];
  level?: 2 | 3;
}) {
  const Heading = `h${level}` as const;
  return (
    <div className="space-y-8">
      {GROUPS.map(({ group, title, note }) => (
        <section key={group} aria-labelledby={`export-group-${group}`} className="space-y-3">
          <Heading id={`export-group-${group}`} className="text-lg font-semibold">
            {title}
          </Heading>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{note}</p>
          <ul className="grid gap-3 lg:grid-cols-2 [&>li]:min-w-0">
            {files
              .filter((f) => f.group === group)
              .map((file) => (
                <ExportFileCard key={file.id} file={file} level={level === 2 ? 3 : 4} />
              ))}
          </ul>
          {group === "report" && (
            <>
              <MigrationTable rows={report} />
              <div className="grid gap-4 text-sm [overflow-wrap:anywhere] md:grid-cols-2">
                <div>
                  <p className="font-medium">You provide</p>
                  <ul className="mt-1 list-disc space-y-1 pl-5">
                    {YOU_PROVIDE.map((p) => (
                      <li key={p.name}>
                        <span className="font-medium">{p.name}</span>: {p.what}
                      </li>
                    ))}
                  </ul>
                </div>
                <div>
                  <p className="font-medium">Express Mode creates</p>
                  <ul className="mt-1 list-disc space-y-1 pl-5">
                    {EXPRESS_CREATES.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </div>
              </div>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
