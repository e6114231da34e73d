import type { CreateServiceRequest } from "@/lib/apprunner/schema/shapes.generated";
import { ServiceName } from "@/lib/apprunner/schema/shapes.generated";
import { operationRuleIssues } from "@/lib/apprunner/rules/operation-rules";
import { validateOperationInput, type ApiIssue } from "@/lib/apprunner/validation";

import { envRowIssues } from "./env-row-issues";
import { formFieldForApiPath } from "./form-field-for-api-path";
import { formMessage } from "./form-messages";
import { formOnlyIssues } from "./form-only-checks";
import { STEPS, type SectionKey, type StepId } from "./steps";
import { toCreateServiceInput } from "./to-create-service-input";
import { wizardSchema, type FieldIssue, type WizardValues } from "./wizard-values";

export { parseWizardValues, wizardSchema, type WizardValues } from "./wizard-values";

/*
 * The wizard's check is App Runner's: the form becomes the CreateService request, the request
 * goes through validateOperationInput (the model's shapes, then lib/apprunner/rules), and each
 * issue lands on the form field it is about, in the form's words (form-messages.ts). Only what
 * the API leaves open is the form's own (form-only-checks.ts).
 */

/** Environment rules the rows already show by name (env-row-issues.ts); the map-level copy goes. */
const SHOWN_ON_ROWS = new Set<string>(["reserved-env-name", "secret-reference"]);

/** Every form field, in the order the steps ask for them, so problems are listed that way. */
const FIELD_ORDER = Object.entries(wizardSchema.shape).flatMap(([section, schema]) =>
  Object.keys(schema.shape).map((key) => `${section}.${key}`),
);

function rank(path: string): [number, number] {
  const at = path === "instance.size" ? "instance.cpu" : path;
  const field = FIELD_ORDER.findIndex((f) => at === f || at.startsWith(`${f}.`));
  const row = /^\w+\.\w+\.(\d+)/.exec(at);
  return [field, row ? Number(row[1]) : -1];
}

/** A copy of the request without the member at an API path (`A.B`, `Tags[2].Key`). */
function without(request: object, apiPath: string): object {
  const copy = structuredClone(request) as Record<string, unknown>;
  const keys = apiPath.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== "");
  const last = keys.pop();
  const parent = keys.reduce<unknown>(
    (node, key) => (node as Record<string, unknown> | undefined)?.[key],
    copy,
  );
  if (last !== undefined && typeof parent === "object" && parent !== null)
    delete (parent as Record<string, unknown>)[last];
  return copy;
}

function shapeIssues(request: object, depth = 0): ApiIssue[] {
  const checked = validateOperationInput("CreateService", request);
  if (checked.ok) return [];
  if (checked.errorType !== "SerializationException" || depth > 2) return checked.issues;
  // A member of the wrong type (2.5 for a whole number) stops AWS reading the body, so nothing
  // else is reported; the form wants every problem at once, so it looks again without them.
  const rest = checked.issues.reduce((body, issue) => without(body, issue.path), request);
  return [...checked.issues, ...shapeIssues(rest, depth + 1)];
}

function apiIssues(values: WizardValues): ApiIssue[] {
  const request = toCreateServiceInput(values);
  // Shapes are checked before rules, so a field not filled in yet (the name, on the last step)
  // would hide this step's rule problems. The request comes from toCreateServiceInput and so
  // always has the structure the rules read; they go first, being the more specific.
  const rules = operationRuleIssues("CreateService", request as CreateServiceRequest);
  return [...rules, ...shapeIssues(request)];
}

function check(sections: readonly SectionKey[], raw: unknown): FieldIssue[] {
  const parsed = wizardSchema.safeParse(raw);
  if (!parsed.success)
    // Only a tampered or outdated draft gets here: the controls can't produce wrong types.
    return parsed.error.issues.map((issue) => ({
      path: issue.path.join("."),
      message: "This value is not valid; choose or enter it again.",
    }));
  const values = parsed.data;
  const rowIssues = [...formOnlyIssues(values), ...envRowIssues(values)];
  const fromApi = apiIssues(values).flatMap((issue): FieldIssue[] => {
    const path = formFieldForApiPath(issue.path);
    if (!path) return [];
    if (path === "build.env" && issue.rule !== "env-limit") {
      const onRows = rowIssues.some((i) => i.path.startsWith("build.env."));
      if (SHOWN_ON_ROWS.has(issue.rule) || onRows) return [];
    }
    return [{ path, message: formMessage(path, issue.rule, values) ?? issue.message }];
  });
  const issues: FieldIssue[] = [];
  for (const issue of [...rowIssues, ...fromApi]) {
    const section = issue.path.split(".")[0] as SectionKey;
    // One message per field: the first problem is the one to fix.
    if (sections.includes(section) && !issues.some((i) => i.path === issue.path))
      issues.push(issue);
  }
  return issues
    .map((issue) => ({ issue, at: rank(issue.path) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map(({ issue }) => issue);
}

const SECTIONS = STEPS.flatMap((s) => (s.section ? [s.section] : []));

/** The problems on one step; the review step checks every step. */
export function validateStep(step: StepId, values: unknown): FieldIssue[] {
  const section = STEPS.find((s) => s.id === step)?.section;
  return check(section ? [section] : SECTIONS, values);
}

export function validateWizard(values: unknown): FieldIssue[] {
  return check(SECTIONS, values);
}

/** Whether a name would pass the model's ServiceName shape (for the as-typed name check). */
export function serviceNameConforms(name: string): boolean {
  return ServiceName.safeParse(name).success;
}
