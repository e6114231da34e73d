import type { Assumptions } from "./assumptions";
import { lineCents } from "./money";
import { PRICES, type RegionPrices } from "./prices";

/** A 30-day month, the month the estimate is for (AWS bills by the hour and second). */
export const DAYS_PER_MONTH = 30;
export const HOURS_PER_MONTH = DAYS_PER_MONTH * 24;

/** The service (or draft) being priced: the parts of its configuration that cost money. */
export type EstimateInput = {
  region: string | undefined;
  /** API values: CPU units ("1024" = 1 vCPU) and memory in MB ("2048" = 2 GB). */
  cpu: string;
  memory: string;
  /** From the service's auto scaling configuration. */
  minSize: number;
  maxSize: number;
  source: "image" | "code";
  autoDeployments: boolean;
};

export type LineId =
  | "provisioned-memory"
  | "active-vcpu"
  | "active-memory"
  | "build-minutes"
  | "automatic-deployments"
  | "fargate-vcpu"
  | "fargate-memory"
  | "alb-hours"
  | "alb-lcus";

export type Line = {
  id: LineId;
  label: string;
  quantity: number;
  unit: string;
  unitPriceUsd: number;
  cents: number;
};

/** One end of the range (or its middle): how many instances serve during active hours. */
export type Scenario = { activeInstances: number; lines: Line[]; totalCents: number };

/** low: MinSize instances serve; typical: the assumed average; high: MaxSize instances serve. */
export type Range = { low: Scenario; typical: Scenario; high: Scenario };

export type Estimate =
  | { kind: "priced"; region: string; appRunner: Range; expressMode: Range }
  | { kind: "no-prices"; region: string | undefined };

function line(
  id: LineId,
  label: string,
  quantity: number,
  unit: string,
  unitPriceUsd: number,
): Line {
  return { id, label, quantity, unit, unitPriceUsd, cents: lineCents(quantity, unitPriceUsd) };
}

function scenario(activeInstances: number, lines: Line[]): Scenario {
  const shown = lines.filter((l) => l.quantity > 0);
  return { activeInstances, lines: shown, totalCents: shown.reduce((sum, l) => sum + l.cents, 0) };
}

/** Rounded to thousandths so 0.1-instance steps don't leave binary fractions in quantities. */
function exact(value: number): number {
  return Math.round(value * 1_000) / 1_000;
}

/*
 * App Runner (https://aws.amazon.com/apprunner/pricing/): "When your application is deployed,
 * you pay for the memory provisioned in each container instance" and "When your application is
 * processing requests, you switch from provisioned container instances to active container
 * instances that consume both memory and compute resources." MinSize instances stay
 * provisioned all month; during the active hours `active` instances serve.
 */
function appRunnerScenario(
  input: EstimateInput,
  a: Assumptions,
  p: RegionPrices["appRunner"],
  active: number,
): Scenario {
  const vcpu = Number(input.cpu) / 1024;
  const gb = Number(input.memory) / 1024;
  const activeHours = a.activeHoursPerDay * DAYS_PER_MONTH;
  const idleHours = HOURS_PER_MONTH - activeHours;
  const provisionedInstanceHours =
    input.minSize * idleHours + Math.max(0, input.minSize - active) * activeHours;
  const activeInstanceHours = exact(active * activeHours);
  return scenario(active, [
    line(
      "provisioned-memory",
      "Provisioned instances, memory while idle",
      exact(gb * provisionedInstanceHours),
      "GB-hours",
      p.provisionedGbHour,
    ),
    line(
      "active-vcpu",
      "Active instances, vCPU",
      exact(vcpu * activeInstanceHours),
      "vCPU-hours",
      p.activeVcpuHour,
    ),
    line(
      "active-memory",
      "Active instances, memory",
      exact(gb * activeInstanceHours),
      "GB-hours",
      p.activeGbHour,
    ),
    line(
      "build-minutes",
      "Builds from source code",
      input.source === "code" ? a.buildMinutesPerMonth : 0,
      "build-minutes",
      p.buildMinute,
    ),
    line(
      "automatic-deployments",
      "Automatic deployments",
      input.autoDeployments ? 1 : 0,
      "service-months",
      p.automaticDeploymentsMonth,
    ),
  ]);
}

/*
 * The ECS Express Mode counterpart: the same size on Fargate (Linux/x86), which bills every
 * running task whether it serves or not. MinSize tasks run all month; Express Mode's auto
 * scaling adds the tasks above MinSize for the active hours only. Its Application Load Balancer
 * runs all month, and AWS's Express Mode launch post ("Build production-ready applications
 * without infrastructure complexity using Amazon ECS Express Mode", quoted in a stored page)
 * says: "Application Load Balancer sharing – the ALB created is automatically shared among up
 * to 25 ECS services using host-header-based listener rules." So its hours and LCUs are split
 * between the services assumed to share it (1 by default: this service pays for the whole ALB).
 */
function expressModeScenario(
  input: EstimateInput,
  a: Assumptions,
  p: RegionPrices,
  active: number,
): Scenario {
  const vcpu = Number(input.cpu) / 1024;
  const gb = Number(input.memory) / 1024;
  const activeHours = a.activeHoursPerDay * DAYS_PER_MONTH;
  const taskHours = exact(
    input.minSize * HOURS_PER_MONTH + Math.max(0, active - input.minSize) * activeHours,
  );
  const share = a.servicesPerLoadBalancer;
  return scenario(active, [
    line(
      "fargate-vcpu",
      "Fargate tasks, vCPU",
      exact(vcpu * taskHours),
      "vCPU-hours",
      p.fargate.vcpuHour,
    ),
    line(
      "fargate-memory",
      "Fargate tasks, memory",
      exact(gb * taskHours),
      "GB-hours",
      p.fargate.gbHour,
    ),
    line(
      "alb-hours",
      share > 1 ? `Load balancer (a 1/${share} share)` : "Load balancer",
      exact(HOURS_PER_MONTH / share),
      "hours",
      p.alb.hour,
    ),
    line(
      "alb-lcus",
      share > 1 ? `Load balancer capacity (a 1/${share} share)` : "Load balancer capacity",
      exact((a.lcusPerHour * HOURS_PER_MONTH) / share),
      "LCU-hours",
      p.alb.lcuHour,
    ),
  ]);
}

/** The assumed average, held between MinSize and MaxSize (App Runner never leaves that range). */
export function typicalInstances(input: EstimateInput, a: Assumptions): number {
  return Math.min(input.maxSize, Math.max(input.minSize, a.averageActiveInstances));
}

/**
 * The monthly estimate for App Runner and for its ECS Express Mode counterpart, from a table of
 * prices per region (the data file's by default).
 */
export function estimate(
  input: EstimateInput,
  a: Assumptions,
  table: Readonly<Record<string, RegionPrices>> = PRICES,
): Estimate {
  const region = input.region;
  const prices = region && Object.hasOwn(table, region) ? table[region] : undefined;
  if (!prices || !region) return { kind: "no-prices", region };
  const counts = {
    low: input.minSize,
    typical: typicalInstances(input, a),
    high: input.maxSize,
  };
  const range = (build: (active: number) => Scenario): Range => ({
    low: build(counts.low),
    typical: build(counts.typical),
    high: build(counts.high),
  });
  return {
    kind: "priced",
    region,
    appRunner: range((n) => appRunnerScenario(input, a, prices.appRunner, n)),
    expressMode: range((n) => expressModeScenario(input, a, prices, n)),
  };
}
