import { describe, expect, it } from "vitest";

import type { WireService } from "@/lib/apprunner/watch/wire";
import {
  assumptionsKey,
  readAssumptionTexts,
  writeAssumptionTexts,
} from "@/lib/cost/assumption-storage";
import { estimateInputOf } from "@/lib/cost/from-service";

const arn = "arn:aws:apprunner:eu-west-1:123456789012:service/shop/0123456789abcdef";

describe("a live service → what the estimate prices", () => {
  it("reads size, region, source and automatic deployments from DescribeService's shape", () => {
    const service = {
      ServiceArn: arn,
      InstanceConfiguration: { Cpu: "2048", Memory: "4096" },
      SourceConfiguration: {
        CodeRepository: { RepositoryUrl: "https://github.com/example/shop" },
        AutoDeploymentsEnabled: true,
      },
    } as WireService;
    expect(estimateInputOf(service, { minSize: 2, maxSize: 5 })).toEqual({
      region: "eu-west-1",
      cpu: "2048",
      memory: "4096",
      minSize: 2,
      maxSize: 5,
      source: "code",
      autoDeployments: true,
    });
  });

  it("without the configuration's sizes, App Runner's defaults (1–25); the other spelling of size", () => {
    const service = {
      ServiceArn: arn,
      InstanceConfiguration: { Cpu: "1 vCPU", Memory: "3 GB" },
      SourceConfiguration: { ImageRepository: { ImageIdentifier: "public.ecr.aws/x/y:latest" } },
    } as WireService;
    expect(estimateInputOf(service, undefined)).toMatchObject({
      cpu: "1024",
      memory: "3072",
      minSize: 1,
      maxSize: 25,
      source: "image",
      autoDeployments: false,
    });
  });
});

describe("assumptions kept per browser", () => {
  it("one entry for the create draft, one per service; texts kept as typed", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(assumptionsKey()).not.toBe(assumptionsKey(arn));
    writeAssumptionTexts(
      assumptionsKey(arn),
      { activeHoursPerDay: "12", lcusPerHour: "2." },
      storage,
    );
    expect(readAssumptionTexts(assumptionsKey(arn), storage)).toEqual({
      activeHoursPerDay: "12",
      lcusPerHour: "2.",
    });
    expect(readAssumptionTexts(assumptionsKey(), storage)).toEqual({});
    store.set(assumptionsKey(), "not json");
    expect(readAssumptionTexts(assumptionsKey(), storage)).toEqual({});
  });
});
