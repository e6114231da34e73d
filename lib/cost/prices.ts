/**
 * The one place prices live: on-demand list prices in US dollars, per region, as AWS publishes
 * them. Read on PRICES_READ_ON; they change, so the UI prints that date beside every figure.
 *
 * Where each figure was checked (the `search` tool's stored pages):
 * - App Runner, AWS's pricing page (https://aws.amazon.com/apprunner/pricing/, Japanese and
 *   French copies stored): "Provisioned container instances $0.007/GB-hour … The $0.007/GB-hour
 *   price applies to US East (N. Virginia), US East (Ohio), US West (Oregon) and Europe
 *   (Ireland). For Asia Pacific (Tokyo) the price is $0.009/GB-hour." and "Active container
 *   instances $0.064/vCPU-hour, $0.007/GB-hour". It also says: "if you automate your
 *   deployments, you will pay a fixed monthly fee for each application" and "if you deploy
 *   from source code, you will pay a build fee for the time it takes App Runner to build a
 *   container from your source code". AWS's price list (AWSAppRunner offer file, stored as a
 *   data set) names the automatic deployment fee "USD1.0 per pipelines for
 *   AppRunner-AutomaticDeployment".
 * - Fargate, Linux/x86 in US East (N. Virginia): "$0.04048 per vCPU per hour, $0.004445 per GB
 *   per hour" (a stored page quoting https://aws.amazon.com/fargate/pricing/).
 * - Application Load Balancer in US East (N. Virginia): "$0.0225 per ALB per hour … The LCU-hour
 *   bills $0.008" (a stored page quoting https://aws.amazon.com/elasticloadbalancing/pricing/);
 *   Asia Pacific (Tokyo): 0.0243 USD per hour, 0.008 USD per LCU-hour (likewise).
 *
 * Figures not found in the stored material are AWS's published figures as we know them and are
 * listed in the region's `unchecked`, so anyone can see which to verify first.
 */
export const PRICES_READ_ON = "2026-12-01";

export const PRICE_SOURCES = [
  { name: "AWS App Runner pricing", url: "https://aws.amazon.com/apprunner/pricing/" },
  { name: "AWS Fargate pricing", url: "https://aws.amazon.com/fargate/pricing/" },
  {
    name: "Elastic Load Balancing pricing",
    url: "https://aws.amazon.com/elasticloadbalancing/pricing/",
  },
] as const;

export type RegionPrices = {
  appRunner: {
    /** Memory of provisioned (idle) instances, per GB-hour. */
    provisionedGbHour: number;
    /** Active instances: vCPU per vCPU-hour and memory per GB-hour while serving. */
    activeVcpuHour: number;
    activeGbHour: number;
    /** Building a code-repository service, per build-minute. */
    buildMinute: number;
    /** Automatic deployments, per service per month. */
    automaticDeploymentsMonth: number;
  };
  /** Fargate on-demand, Linux/x86: what an ECS Express Mode service's tasks run on. */
  fargate: { vcpuHour: number; gbHour: number };
  /** Application Load Balancer: per load balancer hour and per LCU-hour. */
  alb: { hour: number; lcuHour: number };
  /**
   * Figures "not checked against a stored page": AWS's published figures as we know them, to be
   * verified first when prices are read again.
   */
  unchecked: readonly UncheckedFigure[];
};

/** What each unchecked mark covers, in words the estimate card prints. */
export const UNCHECKED_LABELS = {
  "appRunner.activeVcpuHour": "App Runner active vCPU",
  "appRunner.activeGbHour": "App Runner active memory",
  "appRunner.buildMinute": "App Runner build minutes",
  fargate: "Fargate vCPU and memory",
  alb: "load balancer hours and LCUs",
} as const;

export type UncheckedFigure = keyof typeof UNCHECKED_LABELS;

const APP_RUNNER_US_EU = {
  provisionedGbHour: 0.007,
  activeVcpuHour: 0.064,
  activeGbHour: 0.007,
  buildMinute: 0.005,
  automaticDeploymentsMonth: 1,
} as const;

const FARGATE_US = { vcpuHour: 0.04048, gbHour: 0.004445 } as const;

/**
 * Regions with prices. App Runner also runs in ap-south-1, ap-southeast-1, ap-southeast-2,
 * eu-central-1, eu-west-2 and eu-west-3: their figures were not in the stored material, so
 * those regions get "no price data" rather than a guess.
 */
export const PRICES: Readonly<Record<string, RegionPrices>> = {
  "us-east-1": {
    appRunner: APP_RUNNER_US_EU,
    fargate: FARGATE_US,
    alb: { hour: 0.0225, lcuHour: 0.008 },
    unchecked: ["appRunner.buildMinute"],
  },
  "us-east-2": {
    appRunner: APP_RUNNER_US_EU,
    fargate: FARGATE_US,
    alb: { hour: 0.0225, lcuHour: 0.008 },
    unchecked: ["appRunner.buildMinute", "fargate", "alb"],
  },
  "us-west-2": {
    appRunner: APP_RUNNER_US_EU,
    fargate: FARGATE_US,
    alb: { hour: 0.0225, lcuHour: 0.008 },
    unchecked: ["appRunner.buildMinute", "fargate", "alb"],
  },
  "eu-west-1": {
    appRunner: APP_RUNNER_US_EU,
    fargate: FARGATE_US,
    alb: { hour: 0.0252, lcuHour: 0.008 },
    unchecked: ["appRunner.buildMinute", "fargate", "alb"],
  },
  "ap-northeast-1": {
    appRunner: {
      provisionedGbHour: 0.009,
      activeVcpuHour: 0.081,
      activeGbHour: 0.009,
      buildMinute: 0.005,
      automaticDeploymentsMonth: 1,
    },
    fargate: { vcpuHour: 0.05056, gbHour: 0.00553 },
    alb: { hour: 0.0243, lcuHour: 0.008 },
    unchecked: [
      "appRunner.activeVcpuHour",
      "appRunner.activeGbHour",
      "appRunner.buildMinute",
      "fargate",
    ],
  },
};

/** The region's prices, or undefined when there is no price data for it. */
export function pricesFor(region: string | undefined): RegionPrices | undefined {
  if (!region) return undefined;
  return Object.hasOwn(PRICES, region) ? PRICES[region] : undefined;
}

export const PRICED_REGIONS = Object.keys(PRICES);
