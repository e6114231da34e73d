import { describe, expect, it } from "vitest";

import {
  CPU_MEMORY_PAIRS,
  CPU_OPTIONS,
  DEFAULT_AUTO_SCALING,
  DEFAULT_INSTANCE,
  DEFAULT_PORT,
  HEALTH_CHECK_DEFAULTS,
  isReservedEnvName,
  isValidCpuMemoryPair,
  MAX_ENV_VARS,
  memoryOptionsFor,
  MEMORY_OPTIONS,
  normalizeCpu,
  normalizeMemory,
  RUNTIME_LABELS,
  RUNTIMES,
} from "@/lib/apprunner/constants";
import { isSecretReference } from "@/lib/apprunner/rules";
import { Cpu, Memory } from "@/lib/apprunner/schema/shapes.generated";

import { documentedDefaults, readModel } from "../support/aws-model";

const model = readModel("apprunner");

describe("CPU and memory choices", () => {
  it("lists exactly App Runner's 11 valid pairs with readable labels", () => {
    expect(CPU_MEMORY_PAIRS.map((p) => p.label)).toEqual([
      "0.25 vCPU · 0.5 GB",
      "0.25 vCPU · 1 GB",
      "0.5 vCPU · 1 GB",
      "1 vCPU · 2 GB",
      "1 vCPU · 3 GB",
      "1 vCPU · 4 GB",
      "2 vCPU · 4 GB",
      "2 vCPU · 6 GB",
      "4 vCPU · 8 GB",
      "4 vCPU · 10 GB",
      "4 vCPU · 12 GB",
    ]);
    expect(CPU_MEMORY_PAIRS[3]).toEqual({ cpu: "1024", memory: "2048", label: "1 vCPU · 2 GB" });
  });

  it("offers only values the API's Cpu and Memory shapes accept, in both spellings", () => {
    for (const o of CPU_OPTIONS) {
      expect(Cpu.safeParse(o.value).success).toBe(true);
      expect(Cpu.safeParse(o.label).success).toBe(true);
    }
    for (const o of MEMORY_OPTIONS) {
      expect(Memory.safeParse(o.value).success).toBe(true);
      expect(Memory.safeParse(o.label).success).toBe(true);
    }
  });

  it("normalises either spelling to the number responses carry", () => {
    expect(normalizeCpu("1 vCPU")).toBe("1024");
    expect(normalizeCpu("0.25 vCPU")).toBe("256");
    expect(normalizeCpu("2048")).toBe("2048");
    expect(normalizeCpu("1vCPU")).toBeUndefined();
    expect(normalizeMemory("3 GB")).toBe("3072");
    expect(normalizeMemory("0.5 GB")).toBe("512");
    expect(normalizeMemory("12288")).toBe("12288");
    expect(normalizeMemory("3gb")).toBeUndefined();
  });

  it("knows which memory goes with which CPU", () => {
    expect(memoryOptionsFor("2 vCPU")).toEqual(["4096", "6144"]);
    expect(memoryOptionsFor("nonsense")).toEqual([]);
    expect(isValidCpuMemoryPair("1 vCPU", "3072")).toBe(true);
    expect(isValidCpuMemoryPair("1024", "8 GB")).toBe(false);
  });
});

describe("runtimes", () => {
  it("are exactly the model's Runtime enum, each with a label", () => {
    expect([...RUNTIMES].sort()).toEqual([...model.shapes.Runtime!.enum!].sort());
    for (const r of RUNTIMES) expect(RUNTIME_LABELS[r]).toMatch(/\S/);
  });
});

describe("environment names and secret references", () => {
  it("reserves PORT and the AWSAPPRUNNER prefix only", () => {
    expect(isReservedEnvName("PORT")).toBe(true);
    expect(isReservedEnvName("AWSAPPRUNNER")).toBe(true);
    expect(isReservedEnvName("AWSAPPRUNNER_X")).toBe(true);
    expect(isReservedEnvName("PORTS")).toBe(false);
    expect(isReservedEnvName("MY_PORT")).toBe(false);
    expect(isReservedEnvName("AWS_REGION")).toBe(false);
    expect(MAX_ENV_VARS).toBe(50);
  });

  it("accepts Secrets Manager ARNs, SSM parameter ARNs and SSM names", () => {
    for (const ok of [
      "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",
      "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf:password:AWSCURRENT:",
      "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:x",
      "arn:aws:ssm:us-east-1:123456789012:parameter/team/api-key",
      "arn:aws:ssm:us-east-1:123456789012:parameter/plain",
      "my-parameter",
      "/team/app/db_url.v2",
    ])
      expect(isSecretReference(ok), ok).toBe(true);
    for (const bad of [
      "",
      "hunter2 with spaces",
      "arn:aws:s3:::bucket/key",
      "arn:aws:secretsmanager:us-east-1:123:secret:x",
      "arn:aws:ssm:us-east-1:123456789012:document/x",
      "arn:aws:kms:us-east-1:123456789012:key/x",
      "value:with:colons",
    ])
      expect(isSecretReference(bad), bad).toBe(false);
  });
});

describe("defaults", () => {
  it("match what App Runner fills in", () => {
    expect(HEALTH_CHECK_DEFAULTS).toEqual(documentedDefaults(model, "HealthCheckConfiguration"));
    expect(DEFAULT_PORT).toBe("8080");
    expect(DEFAULT_INSTANCE).toEqual({ Cpu: "1024", Memory: "2048" });
    expect(DEFAULT_AUTO_SCALING).toMatchObject({
      AutoScalingConfigurationName: "DefaultConfiguration",
      MaxConcurrency: 100,
      MinSize: 1,
      MaxSize: 25,
    });
  });
});
