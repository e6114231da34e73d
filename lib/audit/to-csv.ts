import type { AuditEntry } from "@/lib/store/audit";

export const CSV_COLUMNS = [
  "id",
  "at",
  "actor_id",
  "actor_name",
  "action",
  "resource_arn",
  "resource_name",
  "result",
  "operation_id",
  "message",
  "request",
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, a comma, a line break or edge spaces,
 * quotes doubled. Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading apostrophe: a name from the identity provider must not become a formula on open.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(",")}\r\n`;
}

/** One entry as a CSV record, its request as JSON in the last column. */
export function csvRow(entry: AuditEntry): string {
  const cells: (string | number | null)[] = [
    entry.id,
    entry.at,
    entry.actor.id,
    entry.actor.name,
    entry.action,
    entry.resourceArn,
    entry.resourceName,
    entry.result,
    entry.operationId,
    entry.message,
    JSON.stringify(entry.request),
  ];
  return `${cells.map(csvField).join(",")}\r\n`;
}
