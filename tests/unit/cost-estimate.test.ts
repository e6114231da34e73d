import { describe, expect, it } from "vitest";

import { DEFAULT_ASSUMPTIONS, type Assumptions } from "@/lib/cost/assumptions";
import { estimate, type EstimateInput, type Scenario } from "@/lib/cost/estimate";
import { PRICES, type RegionPrices } from "@/lib/cost/prices";

/** Cents per line, by id: what the breakdown table shows. */
function cents(s: Scenario): Record<string, number> {
  return Object.fromEntries(s.lines.map((l) => [l.id, l.cents]));
}

function quantities(s: Scenario): Record<string, number> {
  return Object.fromEntries(s.lines.map((l) => [l.id, l.quantity]));
}

const imageService: EstimateInput = {
  region: "us-east-1",
  cpu: "1024",
  memory: "2048",
  minSize: 1,
  maxSize: 3,
  source: "image",
  autoDeployments: false,
};

function priced(input: EstimateInput, a: Assumptions = DEFAULT_ASSUMPTIONS) {
  const result = estimate(input, a);
  if (result.kind !== "priced") throw new Error(`no prices for ${input.region}`);
  return result;
}

describe("App Runner: 1 vCPU / 2 GB, min 1 max 3, 8 active hours a day, 30-day month (us-east-1)", () => {
  // Active hours: 8 × 30 = 240; idle hours: 720 − 240 = 480.
  // Prices: provisioned $0.007/GB-h, active $0.064/vCPU-h and $0.007/GB-h.
  const result = priced(imageService);

  it("at MinSize (1 instance serving): $25.44", () => {
    const low = result.appRunner.low;
    // Provisioned memory while idle: 2 GB × 1 instance × 480 h = 960 GB-h × $0.007 = $6.72
    // Active vCPU: 1 vCPU × 1 instance × 240 h = 240 vCPU-h × $0.064 = $15.36
    // Active memory: 2 GB × 1 × 240 h = 480 GB-h × $0.007 = $3.36
    expect(quantities(low)).toEqual({
      "provisioned-memory": 960,
      "active-vcpu": 240,
      "active-memory": 480,
    });
    expect(cents(low)).toEqual({
      "provisioned-memory": 672,
      "active-vcpu": 1536,
      "active-memory": 336,
    });
    // $6.72 + $15.36 + $3.36 = $25.44
    expect(low.totalCents).toBe(2544);
  });

  it("at MaxSize (3 instances serving): $62.88", () => {
    const high = result.appRunner.high;
    // Provisioned memory: still MinSize's 1 instance while idle: 960 GB-h = $6.72
    // Active vCPU: 1 × 3 × 240 = 720 vCPU-h × $0.064 = $46.08
    // Active memory: 2 × 3 × 240 = 1,440 GB-h × $0.007 = $10.08
    expect(cents(high)).toEqual({
      "provisioned-memory": 672,
      "active-vcpu": 4608,
      "active-memory": 1008,
    });
    expect(high.totalCents).toBe(6288);
    expect(high.activeInstances).toBe(3);
  });

  it("the typical figure uses the average, held inside MinSize–MaxSize", () => {
    // Average 1 (the default) → the same as MinSize here.
    expect(result.appRunner.typical.totalCents).toBe(2544);
    // An average of 10 can't exceed MaxSize 3.
    const busy = priced(imageService, { ...DEFAULT_ASSUMPTIONS, averageActiveInstances: 10 });
    expect(busy.appRunner.typical.activeInstances).toBe(3);
    expect(busy.appRunner.typical.totalCents).toBe(6288);
  });

  it("no build or automatic deployment lines for an image service without automatic deployments", () => {
    const ids = result.appRunner.high.lines.map((l) => l.id);
    expect(ids).not.toContain("build-minutes");
    expect(ids).not.toContain("automatic-deployments");
  });
});

describe("App Runner: a code-repository service with build minutes and automatic deployments", () => {
  // 0.25 vCPU / 0.5 GB, min 2 max 4, 6 active hours a day, average 2.5 instances, 120 build
  // minutes a month. Active hours: 6 × 30 = 180; idle: 540.
  const code: EstimateInput = {
    ...imageService,
    cpu: "256",
    memory: "512",
    minSize: 2,
    maxSize: 4,
    source: "code",
    autoDeployments: true,
  };
  const a: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    activeHoursPerDay: 6,
    averageActiveInstances: 2.5,
    buildMinutesPerMonth: 120,
  };

  it("typical month: $14.16", () => {
    const typical = priced(code, a).appRunner.typical;
    // Provisioned memory while idle: 0.5 GB × 2 instances × 540 h = 540 GB-h × $0.007 = $3.78
    //   (no provisioned instance sits idle in active hours: 2.5 serve, MinSize is 2)
    // Active vCPU: 0.25 × 2.5 × 180 = 112.5 vCPU-h × $0.064 = $7.20
    // Active memory: 0.5 × 2.5 × 180 = 225 GB-h × $0.007 = $1.575 → $1.58 (half up)
    // Builds: 120 build-minutes × $0.005 = $0.60
    // Automatic deployments: $1 a month
    expect(quantities(typical)).toEqual({
      "provisioned-memory": 540,
      "active-vcpu": 112.5,
      "active-memory": 225,
      "build-minutes": 120,
      "automatic-deployments": 1,
    });
    expect(cents(typical)).toEqual({
      "provisioned-memory": 378,
      "active-vcpu": 720,
      "active-memory": 158,
      "build-minutes": 60,
      "automatic-deployments": 100,
    });
    // $3.78 + $7.20 + $1.58 + $0.60 + $1.00 = $14.16
    expect(typical.totalCents).toBe(1416);
  });

  it("an image service's build-minute assumption costs nothing", () => {
    const image = priced({ ...code, source: "image" }, a).appRunner.typical;
    expect(image.lines.map((l) => l.id)).not.toContain("build-minutes");
    // $14.16 − $0.60
    expect(image.totalCents).toBe(1356);
  });
});

describe("ECS Express Mode counterpart (Fargate Linux/x86 + Application Load Balancer)", () => {
  // Same service as above: 1 vCPU / 2 GB, min 1 max 3, 8 active hours a day.
  // Prices: Fargate $0.04048/vCPU-h, $0.004445/GB-h; ALB $0.0225/h, $0.008/LCU-h.
  const result = priced(imageService);

  it("at MinSize: one task all month plus a load balancer of its own: $57.51", () => {
    const low = result.expressMode.low;
    // Task-hours: 1 task × 720 h = 720
    // vCPU: 1 × 720 = 720 vCPU-h × $0.04048 = $29.1456 → $29.15
    // Memory: 2 × 720 = 1,440 GB-h × $0.004445 = $6.4008 → $6.40
    // Load balancer: 720 h × $0.0225 = $16.20
    // LCUs: 1 LCU × 720 h = 720 LCU-h × $0.008 = $5.76
    expect(cents(low)).toEqual({
      "fargate-vcpu": 2915,
      "fargate-memory": 640,
      "alb-hours": 1620,
      "alb-lcus": 576,
    });
    expect(low.totalCents).toBe(5751);
  });

  it("at MaxSize: the two extra tasks run only in the active hours: $81.21", () => {
    const high = result.expressMode.high;
    // Task-hours: 1 × 720 + (3 − 1) × 240 = 1,200
    // vCPU: 1,200 vCPU-h × $0.04048 = $48.576 → $48.58
    // Memory: 2,400 GB-h × $0.004445 = $10.668 → $10.67
    // Load balancer $16.20 + LCUs $5.76 as before
    expect(quantities(high)).toMatchObject({ "fargate-vcpu": 1200, "fargate-memory": 2400 });
    expect(cents(high)).toEqual({
      "fargate-vcpu": 4858,
      "fargate-memory": 1067,
      "alb-hours": 1620,
      "alb-lcus": 576,
    });
    expect(high.totalCents).toBe(8121);
  });

  it("a load balancer shared by 4 services, at 2 LCUs an hour, costs this service a quarter", () => {
    const shared = priced(imageService, {
      ...DEFAULT_ASSUMPTIONS,
      lcusPerHour: 2,
      servicesPerLoadBalancer: 4,
    }).expressMode.low;
    // Load balancer: 720 h ÷ 4 = 180 h × $0.0225 = $4.05
    // LCUs: 2 × 720 ÷ 4 = 360 LCU-h × $0.008 = $2.88
    expect(cents(shared)).toMatchObject({ "alb-hours": 405, "alb-lcus": 288 });
    expect(shared.lines.find((l) => l.id === "alb-hours")?.label).toContain("1/4 share");
    // $29.15 + $6.40 + $4.05 + $2.88
    expect(shared.totalCents).toBe(4248);
  });
});

describe("regions", () => {
  it("a region with no price data says so instead of guessing", () => {
    expect(estimate({ ...imageService, region: "eu-central-1" }, DEFAULT_ASSUMPTIONS)).toEqual({
      kind: "no-prices",
      region: "eu-central-1",
    });
    expect(estimate({ ...imageService, region: undefined }, DEFAULT_ASSUMPTIONS).kind).toBe(
      "no-prices",
    );
    // Not fooled by names every object has.
    expect(estimate({ ...imageService, region: "toString" }, DEFAULT_ASSUMPTIONS).kind).toBe(
      "no-prices",
    );
  });

  it("Tokyo's own prices apply there", () => {
    // Provisioned memory: 960 GB-h × $0.009 = $8.64 (Tokyo's published provisioned price)
    const tokyo = priced({ ...imageService, region: "ap-northeast-1" }).appRunner.low;
    expect(cents(tokyo)["provisioned-memory"]).toBe(864);
  });

  it("reads whatever price table it is given", () => {
    const base = PRICES["us-east-1"] as RegionPrices;
    const table = { "xx-test-1": { ...base, appRunner: { ...base.appRunner, activeVcpuHour: 1 } } };
    const result = estimate({ ...imageService, region: "xx-test-1" }, DEFAULT_ASSUMPTIONS, table);
    if (result.kind !== "priced") throw new Error("expected prices");
    // 240 vCPU-h × $1 = $240.00
    expect(cents(result.appRunner.low)["active-vcpu"]).toBe(24_000);
  });
});

it("the same input gives the same figures every time", () => {
  expect(JSON.stringify(estimate(imageService, DEFAULT_ASSUMPTIONS))).toBe(
    JSON.stringify(estimate({ ...imageService }, { ...DEFAULT_ASSUMPTIONS })),
  );
});
