import { describe, expect, it } from "vitest";

import { csvField, csvHeader, csvRow } from "@/lib/audit/to-csv";
import type { AuditEntry } from "@/lib/store/audit";

/** A small RFC 4180 reader: what a spreadsheet does with the file. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

const ENTRY: AuditEntry = {
  id: 12,
  at: "2026-03-01T10:15:30.000Z",
  actor: { id: "sub-1", name: 'Ana "the admin", ops' },
  action: "updateService",
  resourceArn:
    "arn:aws:apprunner:us-east-1:123456789012:service/shop/0123456789abcdef0123456789abcdef",
  resourceName: "shop",
  request: { UpdateService: { StartCommand: "a,b\nc" } },
  result: "error",
  operationId: null,
  message: "Line one\r\nline two",
};

describe("the audit log as CSV", () => {
  it("round-trips commas, quotes and line breaks through a CSV reader, one record per entry", () => {
    const rows = readCsv(csvHeader() + csvRow(ENTRY) + csvRow({ ...ENTRY, id: 13 }));
    expect(rows).toHaveLength(3);
    expect(rows[0]![0]).toBe("id");
    expect(rows[1]).toEqual([
      "12",
      ENTRY.at,
      "sub-1",
      'Ana "the admin", ops',
      "updateService",
      ENTRY.resourceArn,
      "shop",
      "error",
      "",
      "Line one\r\nline two",
      JSON.stringify(ENTRY.request),
    ]);
    expect(rows[2]![0]).toBe("13");
  });

  it("never lets a cell start a formula in a spreadsheet", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
    expect(csvField(" padded")).toBe('" padded"');
  });
});
