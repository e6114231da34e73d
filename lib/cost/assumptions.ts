/**
 * What the estimate has to assume about a service's traffic, with the defaults it starts from.
 * Checked here without zod so the wizard's first load stays free of it (as the form's own
 * values are).
 */
export type Assumptions = {
  /** Hours a day the service serves requests (its instances are active). */
  activeHoursPerDay: number;
  /** Instances serving on average during those hours: the middle of the range. */
  averageActiveInstances: number;
  /** Build minutes a month; counted for code-repository services only. */
  buildMinutesPerMonth: number;
  /** Load Balancer Capacity Units the Express Mode service's load balancer uses, per hour. */
  lcusPerHour: number;
  /** Express Mode services sharing that load balancer (its cost is split between them). */
  servicesPerLoadBalancer: number;
};

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  activeHoursPerDay: 8,
  averageActiveInstances: 1,
  buildMinutesPerMonth: 50,
  lcusPerHour: 1,
  servicesPerLoadBalancer: 1,
};

type Rule = { label: string; min: number; max: number; step: number };

/** Each assumption's label and bounds: the inputs' attributes and the check both read these. */
export const ASSUMPTION_RULES: Record<keyof Assumptions, Rule> = {
  activeHoursPerDay: { label: "Active hours a day", min: 0, max: 24, step: 1 },
  averageActiveInstances: { label: "Average active instances", min: 1, max: 1_000, step: 0.1 },
  buildMinutesPerMonth: { label: "Build minutes a month", min: 0, max: 100_000, step: 1 },
  lcusPerHour: { label: "Load balancer LCUs an hour", min: 0, max: 1_000, step: 0.1 },
  // Express Mode shares one load balancer "among up to 25 ECS services" (see estimate.ts).
  servicesPerLoadBalancer: {
    label: "Services sharing the load balancer",
    min: 1,
    max: 25,
    step: 1,
  },
};

export const ASSUMPTION_KEYS = Object.keys(ASSUMPTION_RULES) as (keyof Assumptions)[];

function decimals(step: number): number {
  return step >= 1 ? 0 : (String(step).split(".")[1]?.length ?? 0);
}

function describeRule(rule: Rule): string {
  const kind =
    rule.step >= 1
      ? "a whole number"
      : `a number with at most ${decimals(rule.step)} decimal place`;
  return `${kind} from ${rule.min} to ${rule.max.toLocaleString("en-US")}`;
}

/**
 * The problem with one typed value, naming the field and the rule, or undefined when it is fine.
 * `raw` is the input's text, so "empty" and "not a number" are told apart.
 */
export function assumptionProblem(key: keyof Assumptions, raw: string): string | undefined {
  const rule = ASSUMPTION_RULES[key];
  const text = raw.trim();
  if (text === "") return `${rule.label} is required: enter ${describeRule(rule)}.`;
  const value = Number(text);
  const factor = 10 ** decimals(rule.step);
  const fits =
    Number.isFinite(value) &&
    value >= rule.min &&
    value <= rule.max &&
    Math.abs(Math.round(value * factor) - value * factor) < 1e-9;
  return fits ? undefined : `${rule.label} must be ${describeRule(rule)}.`;
}

/** Stored or typed values → assumptions; anything missing or out of bounds takes its default. */
export function toAssumptions(values: Partial<Record<keyof Assumptions, unknown>>): Assumptions {
  const result = { ...DEFAULT_ASSUMPTIONS };
  for (const key of ASSUMPTION_KEYS) {
    const value = values[key];
    const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : "";
    if (assumptionProblem(key, text) === undefined) result[key] = Number(text);
  }
  return result;
}
