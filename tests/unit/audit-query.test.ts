import { describe, expect, it } from "vitest";

import { auditQueryString, parseAuditQuery } from "@/lib/audit/audit-query";

const parse = (query: string) => parseAuditQuery(new URLSearchParams(query));

describe("the audit page's filters", () => {
  it("reads every filter the form sends, days as UTC with 'to' included", () => {
    const { filter, problems, query } = parse(
      "person=alice%40example.com&action=pauseService&resource=shop-api&result=refused&from=2026-03-01&to=2026-03-02&before=40",
    );
    expect(problems).toEqual([]);
    expect(filter).toEqual({
      actor: "alice@example.com",
      action: "pauseService",
      resource: "shop-api",
      result: "refused",
      since: "2026-03-01T00:00:00.000Z",
      until: "2026-03-03T00:00:00.000Z",
      before: 40,
    });
    expect(query.before).toBe(40);
  });

  it("leaves out and reports what it can't read, and ignores empty fields", () => {
    const { filter, problems } = parse(
      "person=&action=dropDatabase&result=maybe&from=2026-02-30&to=yesterday&before=-3",
    );
    expect(filter).toEqual({});
    expect(problems).toEqual([
      "There is no action called “dropDatabase”.",
      "A result is ok, error or refused, not “maybe”.",
      "“From” must be a day written YYYY-MM-DD.",
      "“To” must be a day written YYYY-MM-DD.",
    ]);
    expect(parse("action=toString").problems).toHaveLength(1);
    expect(parse("from=2026-03-05&to=2026-03-01").problems).toEqual([
      "“From” is after “To”: no entry can match.",
    ]);
  });

  it("writes the same filters back as a query string, for downloads and the next page", () => {
    const { query } = parse("person=a+b&result=ok&before=7");
    expect(auditQueryString(query)).toBe("?person=a+b&result=ok&before=7");
    expect(auditQueryString(query, { format: "csv", before: undefined })).toBe(
      "?person=a+b&result=ok&format=csv",
    );
    expect(auditQueryString(parse("").query)).toBe("");
  });
});
