import { ACTIONS, type Action } from "@/lib/auth/permissions";
import { AUDIT_RESULTS, type AuditFilter, type AuditResult } from "@/lib/store/audit";

/** The audit page's filters as the GET form sends them (and the download links repeat them). */
export type AuditQuery = {
  /** A person's id or name (their email), exactly. */
  person: string;
  action: "" | Action;
  /** A resource's name or ARN, exactly. */
  resource: string;
  result: "" | AuditResult;
  /** YYYY-MM-DD, UTC, inclusive. */
  from: string;
  /** YYYY-MM-DD, UTC, inclusive. */
  to: string;
  /** The id of the last entry of the page before: the next page starts after it. */
  before?: number;
};

export type ParsedAuditQuery = {
  query: AuditQuery;
  filter: Omit<AuditFilter, "limit">;
  /** What could not be read, a sentence each; those filters are left out. */
  problems: string[];
};

type Params = { get(name: string): string | null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight UTC of a YYYY-MM-DD day, or undefined when it is not a real day. */
function dayStart(day: string): Date | undefined {
  if (!DAY.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? undefined : date;
}

const isAction = (value: string): value is Action => Object.hasOwn(ACTIONS, value);
const isResult = (value: string): value is AuditResult =>
  (AUDIT_RESULTS as readonly string[]).includes(value);

/** Reads the filters from a query string; anything unreadable is reported and left out. */
export function parseAuditQuery(params: Params): ParsedAuditQuery {
  const text = (name: string) => (params.get(name) ?? "").trim().slice(0, 2048);
  const problems: string[] = [];
  const filter: ParsedAuditQuery["filter"] = {};
  const query: AuditQuery = {
    person: text("person"),
    action: "",
    resource: text("resource"),
    result: "",
    from: text("from"),
    to: text("to"),
  };
  if (query.person) filter.actor = query.person;
  if (query.resource) filter.resource = query.resource;
  const arn = text("arn");
  if (arn) filter.resourceArn = arn;

  const action = text("action");
  if (isAction(action)) filter.action = query.action = action;
  else if (action) problems.push(`There is no action called “${action}”.`);

  const result = text("result");
  if (isResult(result)) filter.result = query.result = result;
  else if (result) problems.push(`A result is ok, error or refused, not “${result}”.`);

  const from = query.from && dayStart(query.from);
  if (from) filter.since = from.toISOString();
  else if (query.from) problems.push("“From” must be a day written YYYY-MM-DD.");
  const to = query.to && dayStart(query.to);
  // "To" is inclusive: everything before the next midnight.
  if (to) filter.until = new Date(to.getTime() + 86_400_000).toISOString();
  else if (query.to) problems.push("“To” must be a day written YYYY-MM-DD.");
  if (from && to && from > to) problems.push("“From” is after “To”: no entry can match.");

  const before = Number(text("before"));
  if (Number.isSafeInteger(before) && before > 0) filter.before = query.before = before;
  return { query, filter, problems };
}

/** The query string that asks for the same filters (the cursor only when given). */
export function auditQueryString(
  query: AuditQuery,
  extra: Record<string, string | number | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...query, ...extra }))
    if (value !== undefined && value !== "") params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}
