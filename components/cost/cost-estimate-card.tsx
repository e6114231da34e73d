"use client";

import type { ReactNode } from "react";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import {
  ASSUMPTION_KEYS,
  ASSUMPTION_RULES,
  assumptionProblem,
  DEFAULT_ASSUMPTIONS,
  toAssumptions,
  type Assumptions,
} from "@/lib/cost/assumptions";
import { DAYS_PER_MONTH, estimate, type EstimateInput } from "@/lib/cost/estimate";
import { formatCents } from "@/lib/cost/money";
import {
  PRICE_SOURCES,
  PRICED_REGIONS,
  PRICES_READ_ON,
  pricesFor,
  UNCHECKED_LABELS,
} from "@/lib/cost/prices";

import { CostBreakdownTable } from "./cost-breakdown-table";
import { useAssumptionTexts } from "./use-assumption-texts";

const HINTS: Record<keyof Assumptions, string> = {
  activeHoursPerDay: "Hours a day the service serves requests; idle hours pay memory only.",
  averageActiveInstances:
    "Instances serving in those hours, on average (held within MinSize–MaxSize).",
  buildMinutesPerMonth: "Code-repository services only: minutes App Runner spends building.",
  lcusPerHour: "Express Mode's load balancer: capacity units used each hour, on average.",
  servicesPerLoadBalancer: "Express Mode shares one load balancer among up to 25 services.",
};

function fieldId(key: keyof Assumptions): string {
  return `cost-${key}`;
}

/**
 * A monthly cost estimate for a service or draft: App Runner, and its ECS Express Mode
 * counterpart beside it, from MinSize to MaxSize, with the assumptions the person can change.
 * `children` goes above the assumptions (e.g. the instance counts when they have to be typed).
 */
export function CostEstimateCard({
  input,
  storageKey,
  scalingNote,
  children,
}: {
  input: EstimateInput;
  storageKey: string;
  /** Where MinSize and MaxSize came from, e.g. "Auto scaling: DefaultConfiguration, 1–25". */
  scalingNote: string;
  children?: ReactNode;
}) {
  const [texts, setText] = useAssumptionTexts(storageKey);
  const textOf = (key: keyof Assumptions) => texts[key] ?? String(DEFAULT_ASSUMPTIONS[key]);
  const assumptions = toAssumptions(Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, textOf(k)])));
  const result = estimate(input, assumptions);
  const unchecked = (pricesFor(input.region)?.unchecked ?? []).map((u) => UNCHECKED_LABELS[u]);
  const shownKeys = ASSUMPTION_KEYS.filter(
    (k) => k !== "buildMinutesPerMonth" || input.source === "code",
  );

  return (
    <section
      aria-labelledby="cost-heading"
      className="space-y-4 rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
    >
      <h2 id="cost-heading" className="text-lg font-semibold">
        Monthly cost estimate
      </h2>
      <p className="text-sm">
        An estimate, not a quote: AWS list prices read on {PRICES_READ_ON}, for a {DAYS_PER_MONTH}
        -day month, before taxes, free tier, savings plans and data transfer. {scalingNote}.
      </p>
      {result.kind === "no-prices" ? (
        <p role="status" className="rounded-md border border-amber-700/40 p-3 text-sm">
          <strong>No price data for this region</strong>
          {result.region ? ` (${result.region})` : " (the region is not known yet)"}. Prices are
          kept for {PRICED_REGIONS.join(", ")}.
        </p>
      ) : (
        <>
          <dl
            aria-live="polite"
            className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]"
          >
            <dt className="font-medium">App Runner ({result.region})</dt>
            <dd data-testid="cost-app-runner">
              {formatCents(result.appRunner.low.totalCents)} –{" "}
              {formatCents(result.appRunner.high.totalCents)} a month; about{" "}
              {formatCents(result.appRunner.typical.totalCents)} at your average
            </dd>
            <dt className="font-medium">ECS Express Mode counterpart</dt>
            <dd data-testid="cost-express-mode">
              {formatCents(result.expressMode.low.totalCents)} –{" "}
              {formatCents(result.expressMode.high.totalCents)} a month; about{" "}
              {formatCents(result.expressMode.typical.totalCents)} at your average
            </dd>
          </dl>
          <details className="space-y-3 text-sm">
            <summary className="cursor-pointer font-medium">Breakdown</summary>
            <h3 className="mt-3 font-medium">App Runner</h3>
            <p className="text-xs text-zinc-700 dark:text-zinc-300">
              MinSize instances stay provisioned all month and pay memory while idle; in the active
              hours the serving instances pay vCPU and memory.
            </p>
            <CostBreakdownTable label="App Runner breakdown" range={result.appRunner} />
            <h3 className="font-medium">ECS Express Mode (Fargate Linux/x86, same size)</h3>
            <p className="text-xs text-zinc-700 dark:text-zinc-300">
              Fargate bills every running task: MinSize tasks run all month, the tasks above it in
              the active hours. The Application Load Balancer runs all month; Express Mode can share
              it among up to 25 services.
            </p>
            <CostBreakdownTable label="ECS Express Mode breakdown" range={result.expressMode} />
          </details>
        </>
      )}
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Assumptions</legend>
        {children}
        <div className="grid gap-3 sm:grid-cols-2">
          {shownKeys.map((key) => {
            const rule = ASSUMPTION_RULES[key];
            const problem = assumptionProblem(key, textOf(key));
            return (
              <Field
                key={key}
                id={fieldId(key)}
                label={rule.label}
                hint={HINTS[key]}
                error={
                  problem && `${problem} The estimate uses ${DEFAULT_ASSUMPTIONS[key]} until then.`
                }
              >
                {(control) => (
                  <Input
                    {...control}
                    type="text"
                    inputMode={rule.step >= 1 ? "numeric" : "decimal"}
                    autoComplete="off"
                    value={textOf(key)}
                    onChange={(e) => setText(key, e.target.value)}
                  />
                )}
              </Field>
            );
          })}
        </div>
      </fieldset>
      <p className="text-xs text-zinc-700 dark:text-zinc-300">
        Sources:{" "}
        {PRICE_SOURCES.map((s, i) => (
          <span key={s.url}>
            {i > 0 && ", "}
            <a href={s.url} className="underline" rel="noreferrer" target="_blank">
              {s.name}
            </a>
          </span>
        ))}
        .
        {unchecked.length > 0 &&
          ` Not checked against a stored copy of those pages for ${input.region}: ${unchecked.join(", ")}.`}
      </p>
    </section>
  );
}
