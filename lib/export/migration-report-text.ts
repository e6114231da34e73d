import { EXPRESS_CREATES, FATE_LABELS, YOU_PROVIDE, type ReportRow } from "./migration-report";

function cell(text: string | undefined): string {
  return (text ?? "").replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** The migration report as Markdown, for the download: the same rows the page's table shows. */
export function migrationReportMarkdown(serviceName: string, rows: readonly ReportRow[]): string {
  return [
    `# Moving ${serviceName} from App Runner to ECS Express Mode`,
    "",
    "| App Runner setting | Value | Outcome | Express Mode counterpart | To do |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${cell(r.path)} | ${cell(r.value)} | ${FATE_LABELS[r.fate]} | ${cell(r.counterpart)} | ${cell(r.action)} |`,
    ),
    "",
    "## You provide",
    "",
    ...YOU_PROVIDE.map((p) => `- ${p.name}: ${p.what}`),
    "",
    "## Express Mode creates",
    "",
    ...EXPRESS_CREATES.map((c) => `- ${c}`),
    "",
  ].join("\n");
}
