import { fromCreateServiceInput } from "./from-create-service-input";
import { reviewSections, type ReviewRow } from "./review-sections";
import type { Step } from "./steps";
import { tagMap } from "./tag-changes";
import { toCreateServiceInput } from "./to-create-service-input";
import type { WizardValues } from "./wizard-values";

export type FieldChange = {
  /** Form path: `build.port`; variables and tags by name, not row: `build.env.API_URL`, `service.tags.team`. */
  field: string;
  label: string;
  /** As the review page words it; null: it wasn't there (added). */
  before: string | null;
  /** Null: removed. */
  after: string | null;
};
export type SectionChanges = { step: Step; changes: FieldChange[] };

/**
 * The form as App Runner would receive it: through the request and back, so spaces around a
 * value, a field the request leaves out (a hidden code field on an image service) and an empty
 * field App Runner fills with its default all read as what is really sent. Tags as TagResource
 * would set them.
 */
export function sentValues(values: WizardValues): WizardValues {
  const sent = fromCreateServiceInput(toCreateServiceInput(values));
  sent.service.tags = [...tagMap(values.service.tags)].map(([key, value]) => ({ key, value }));
  return sent;
}

/**
 * The form fields behind each review row (by its label): a row changed when one of them did.
 * Comparing fields rather than words catches a new configuration with the name and revision of
 * the old one; rows the review words from fields it doesn't send (a start command of "The
 * image's own" or "None") don't change with the source type alone.
 */
const ROW_FIELDS: Readonly<Record<string, readonly string[]>> = {
  "Repository type": ["source.type"],
  Provider: ["source.imageRepositoryType"],
  "Image URI": ["source.imageIdentifier"],
  "ECR access role": ["source.accessRoleArn"],
  Connection: ["source.connectionArn"],
  "Repository URL": ["source.repositoryUrl"],
  Branch: ["source.branch"],
  "Source directory": ["source.sourceDirectory"],
  "Deployment trigger": ["source.autoDeployments"],
  Configuration: ["build.configurationSource"],
  Runtime: ["build.runtime"],
  "Build command": ["build.buildCommand"],
  "Start command": ["build.startCommand"],
  Port: ["build.port"],
  "CPU and memory": ["instance.cpu", "instance.memory"],
  "Instance role": ["instance.instanceRoleArn"],
  "Auto scaling": ["instance.autoScaling", "instance.autoScalingArn"],
  Incoming: ["network.ingress"],
  Outgoing: ["network.egressType", "network.vpcConnectorArn"],
  "IP address type": ["network.ipAddressType"],
  Protocol: ["healthCheck.protocol", "healthCheck.path"],
  Interval: ["healthCheck.interval"],
  Timeout: ["healthCheck.timeout"],
  "Healthy threshold": ["healthCheck.healthyThreshold"],
  "Unhealthy threshold": ["healthCheck.unhealthyThreshold"],
  Name: ["service.name"],
  Tracing: ["service.tracing", "service.observabilityConfigurationArn"],
  Encryption: ["service.encryption", "service.kmsKey"],
};

/** CPU and memory are one control in the form (one list of valid pairs). */
const CONTROL_OF: Readonly<Record<string, string>> = {
  "instance.cpu": "instance.size",
  "instance.memory": "instance.size",
};

/** Rows the review sums up in one line, which the diff lists one name at a time. */
const PER_NAME_ROWS: Readonly<Record<string, (a: WizardValues, b: WizardValues) => FieldChange[]>> =
  {
    Environment: (a, b) => envChanges(a.build.env, b.build.env),
    Tags: (a, b) => tagRowChanges(a.service.tags, b.service.tags),
  };

/** The value at a form path (`instance.cpu`). */
export function valueAt(values: WizardValues, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], values);
}

/** `after`'s order, with what only `before` has placed after the entry it followed there. */
function mergedOrder(before: readonly string[], after: readonly string[]): string[] {
  const order = [...after];
  let at = 0;
  for (const key of before) {
    const found = order.indexOf(key);
    if (found >= 0) at = found + 1;
    else order.splice(at++, 0, key);
  }
  return order;
}

const shown = (value: string) => (value === "" ? "(empty)" : value);

type EnvRow = WizardValues["build"]["env"][number];

/** Secrets' values are their references (ARNs), so both kinds are shown as they are. */
function envChanges(before: EnvRow[], after: EnvRow[]): FieldChange[] {
  const was = new Map(before.map((row) => [row.name, row]));
  const now = new Map(after.map((row) => [row.name, row]));
  return mergedOrder([...was.keys()], [...now.keys()]).flatMap((name) => {
    const old = was.get(name);
    const next = now.get(name);
    if (old && next && old.value === next.value && old.kind === next.kind) return [];
    const kindChanged = Boolean(old && next && old.kind !== next.kind);
    const words = (row: EnvRow | undefined) =>
      row
        ? shown(row.value) +
          (kindChanged ? ` (${row.kind === "secret" ? "secret" : "variable"})` : "")
        : null;
    const kind = (next ?? old)!.kind === "secret" ? "Secret" : "Variable";
    return [
      {
        field: `build.env.${name}`,
        label: `${kind} ${name}`,
        before: words(old),
        after: words(next),
      },
    ];
  });
}

function tagRowChanges(
  before: WizardValues["service"]["tags"],
  after: WizardValues["service"]["tags"],
): FieldChange[] {
  const was = tagMap(before);
  const now = tagMap(after);
  return mergedOrder([...was.keys()], [...now.keys()]).flatMap((key) => {
    const old = was.get(key);
    const next = now.get(key);
    if (old === next) return [];
    return [
      {
        field: `service.tags.${key}`,
        label: `Tag ${key}`,
        before: old === undefined ? null : shown(old),
        after: next === undefined ? null : shown(next),
      },
    ];
  });
}

function rowChange(
  label: string,
  old: string | undefined,
  next: string | undefined,
  a: WizardValues,
  b: WizardValues,
  section: string,
): FieldChange | undefined {
  const fields = ROW_FIELDS[label];
  const changed = fields?.filter((f) => valueAt(a, f) !== valueAt(b, f)) ?? [];
  const oneSided = old === undefined || next === undefined;
  if (!oneSided && (fields ? changed.length === 0 : old === next)) return undefined;
  const first = changed[0] ?? fields?.[0];
  const field = first ? (CONTROL_OF[first] ?? first) : section;
  // Different fields, same words (a new configuration under an old name): show what differs.
  const raw = (values: WizardValues) => changed.map((f) => String(valueAt(values, f))).join(", ");
  const same = old === next && changed.length > 0;
  return {
    field,
    label,
    before: old === undefined ? null : same ? raw(a) : old,
    after: next === undefined ? null : same ? raw(b) : next,
  };
}

function sectionChanges(
  was: ReviewRow[],
  now: ReviewRow[],
  a: WizardValues,
  b: WizardValues,
  section: string,
): FieldChange[] {
  const old = new Map(was.map((row) => [row.label, row.value]));
  const next = new Map(now.map((row) => [row.label, row.value]));
  const labels = mergedOrder(
    was.map((row) => row.label),
    now.map((row) => row.label),
  );
  return labels.flatMap((label) => {
    const perName = PER_NAME_ROWS[label];
    if (perName) return perName(a, b);
    return rowChange(label, old.get(label), next.get(label), a, b, section) ?? [];
  });
}

/**
 * Every changed field, grouped by the wizard's sections in step order (sections without changes
 * left out), worded as the review page words it. What is compared is what App Runner would
 * receive (sentValues), so only real changes count; variables compare by name and tags by key.
 */
export function diffValues(before: WizardValues, after: WizardValues): SectionChanges[] {
  const a = sentValues(before);
  const b = sentValues(after);
  const was = reviewSections(a);
  return reviewSections(b)
    .map(({ step, rows }) => {
      const wasRows = was.find((s) => s.step.id === step.id)?.rows ?? [];
      return { step, changes: sectionChanges(wasRows, rows, a, b, step.section ?? step.id) };
    })
    .filter((section) => section.changes.length > 0);
}

export function countChanges(sections: SectionChanges[]): number {
  return sections.reduce((sum, section) => sum + section.changes.length, 0);
}
