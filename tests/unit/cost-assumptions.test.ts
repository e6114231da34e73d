import { describe, expect, it } from "vitest";

import { assumptionProblem, DEFAULT_ASSUMPTIONS, toAssumptions } from "@/lib/cost/assumptions";
import { formatCents, lineCents } from "@/lib/cost/money";
import { PRICE_SOURCES, PRICES, PRICES_READ_ON } from "@/lib/cost/prices";
import { sizesProblem } from "@/lib/cost/scaling-sizes";

describe("assumption checks name the field and the rule", () => {
  it("active hours a day: a whole number from 0 to 24", () => {
    expect(assumptionProblem("activeHoursPerDay", "8")).toBeUndefined();
    expect(assumptionProblem("activeHoursPerDay", "25")).toBe(
      "Active hours a day must be a whole number from 0 to 24.",
    );
    expect(assumptionProblem("activeHoursPerDay", "2.5")).toBe(
      "Active hours a day must be a whole number from 0 to 24.",
    );
    expect(assumptionProblem("activeHoursPerDay", "")).toBe(
      "Active hours a day is required: enter a whole number from 0 to 24.",
    );
  });

  it("average active instances: one decimal place, 1 to 1,000", () => {
    expect(assumptionProblem("averageActiveInstances", "1.5")).toBeUndefined();
    expect(assumptionProblem("averageActiveInstances", "1.25")).toBe(
      "Average active instances must be a number with at most 1 decimal place from 1 to 1,000.",
    );
    expect(assumptionProblem("averageActiveInstances", "0")).toMatch(/from 1 to 1,000/);
    expect(assumptionProblem("averageActiveInstances", "abc")).toMatch(/^Average active/);
  });

  it("stored values that no longer fit fall back to the defaults, one by one", () => {
    expect(
      toAssumptions({ activeHoursPerDay: 12, averageActiveInstances: "1001", lcusPerHour: "x" }),
    ).toEqual({ ...DEFAULT_ASSUMPTIONS, activeHoursPerDay: 12 });
    expect(toAssumptions({})).toEqual(DEFAULT_ASSUMPTIONS);
  });
});

describe("money", () => {
  it("rounds each line half up to the cent, from exact integers", () => {
    // 225 GB-h × $0.007 = $1.575 → 158 cents (floating point alone gives 1.5749999…)
    expect(lineCents(225, 0.007)).toBe(158);
    // 720 × $0.04048 = $29.1456 → 2915
    expect(lineCents(720, 0.04048)).toBe(2915);
    expect(lineCents(0, 0.064)).toBe(0);
    expect(formatCents(628_800)).toBe("$6,288.00");
  });
});

describe("the price data", () => {
  it("says when it was read and where from", () => {
    expect(PRICES_READ_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(PRICE_SOURCES.map((s) => s.url)).toContain("https://aws.amazon.com/apprunner/pricing/");
  });

  it("prices only regions App Runner runs in, every figure a positive number", () => {
    // App Runner's regions (AWS General Reference, "AWS App Runner endpoints and quotas").
    const appRunnerRegions = [
      "us-east-1",
      "us-east-2",
      "us-west-2",
      "ap-south-1",
      "ap-southeast-1",
      "ap-southeast-2",
      "ap-northeast-1",
      "eu-central-1",
      "eu-west-1",
      "eu-west-2",
      "eu-west-3",
    ];
    for (const [region, p] of Object.entries(PRICES)) {
      expect(appRunnerRegions).toContain(region);
      const figures = [
        ...Object.values(p.appRunner),
        ...Object.values(p.fargate),
        ...Object.values(p.alb),
      ];
      for (const f of figures) expect(f).toBeGreaterThan(0);
    }
  });
});

describe("typed instance counts (a configuration whose sizes the wizard's list lacks)", () => {
  it("MinSize 1–25, MaxSize from 1, MinSize ≤ MaxSize, each named", () => {
    expect(sizesProblem({ min: "2", max: "4" })).toBeUndefined();
    expect(sizesProblem({ min: "0", max: "4" })).toEqual({
      field: "min",
      message: "MinSize must be a whole number from 1 to 25.",
    });
    expect(sizesProblem({ min: "2", max: "" })?.field).toBe("max");
    expect(sizesProblem({ min: "5", max: "3" })).toEqual({
      field: "min",
      message: "MinSize (5) must be less than or equal to MaxSize (3).",
    });
  });
});
