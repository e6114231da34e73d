import { badRequestResponse } from "@/lib/apprunner/api/failure-response";
import { parseAuditQuery } from "@/lib/audit/audit-query";
import { refuseUnlessSignedIn } from "@/lib/audit/route-guards";
import { csvHeader, csvRow } from "@/lib/audit/to-csv";
import { getStore, MAX_AUDIT_PAGE, type AuditEntry, type AuditFilter } from "@/lib/store";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const FORMATS = ["csv", "json"] as const;
type Format = (typeof FORMATS)[number];

/** Every matching entry, newest first, a store page at a time (a download may be long). */
async function* allEntries(filter: Omit<AuditFilter, "limit">): AsyncGenerator<AuditEntry> {
  const store = await getStore();
  let before = filter.before;
  for (;;) {
    const page = await store.audit.list({ ...filter, before, limit: MAX_AUDIT_PAGE });
    yield* page;
    if (page.length < MAX_AUDIT_PAGE) return;
    before = page.at(-1)!.id;
  }
}

function download(format: Format, filter: Omit<AuditFilter, "limit">): Response {
  const encoder = new TextEncoder();
  const entries = allEntries(filter);
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? csvHeader() : "[\n"));
    },
    async pull(controller) {
      const next = await entries.next();
      if (next.done) {
        if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
        controller.close();
        return;
      }
      const text =
        format === "csv"
          ? csvRow(next.value)
          : `${first ? "" : ",\n"}${JSON.stringify(next.value)}`;
      first = false;
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await entries.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json",
      "Content-Disposition": `attachment; filename="runnerdeck-audit-${day}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}

/**
 * The audit log, with the Audit page's filters (`person`, `action`, `resource`, `result`,
 * `from`, `to`, `before`; `arn` for one resource exactly). `format=csv|json` downloads every
 * matching entry; without it, `{ entries }`: the newest `limit` (at most 1000, default 50).
 */
export async function GET(request: Request): Promise<Response> {
  const unsigned = await refuseUnlessSignedIn();
  if (unsigned) return unsigned;
  const params = new URL(request.url).searchParams;
  const { filter, problems } = parseAuditQuery(params);
  if (problems.length) return badRequestResponse(problems.join(" "));
  const format = params.get("format");
  if (format !== null) {
    if (!(FORMATS as readonly string[]).includes(format))
      return badRequestResponse("Give format=csv or format=json to download.");
    return download(format as Format, filter);
  }
  const limit = Number(params.get("limit") ?? 50);
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_AUDIT_PAGE)
    return badRequestResponse(`Give a limit from 1 to ${MAX_AUDIT_PAGE}.`);
  try {
    const entries = await (await getStore()).audit.list({ ...filter, limit });
    return Response.json({ entries }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error(`Audit: could not read the log: ${(error as Error).message}`);
    return Response.json(
      { kind: "server", message: "The audit log could not be read. Try again in a moment." },
      { status: 503 },
    );
  }
}
