/**
 * The emulator hands validateOperationInput whatever arrives on the wire. It must answer every
 * body — junk, deep nesting, huge strings, prototype tricks — without throwing and quickly.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { OPERATION_NAMES } from "@/lib/apprunner/schema/operations.generated";
import { validateOperationInput, type ValidationResult } from "@/lib/apprunner/validation";

function wellFormed(result: ValidationResult): boolean {
  if (result.ok) return typeof result.value === "object" && result.value !== null;
  return (
    typeof result.message === "string" &&
    result.message.length > 0 &&
    Array.isArray(result.issues) &&
    result.issues.length > 0 &&
    result.issues.every((i) => typeof i.path === "string" && typeof i.message === "string")
  );
}

const validCreate = () => ({
  ServiceName: "hello-app",
  SourceConfiguration: {
    AuthenticationConfiguration: { AccessRoleArn: "arn:aws:iam::123456789012:role/r" },
    ImageRepository: {
      ImageIdentifier: "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:latest",
      ImageRepositoryType: "ECR",
      ImageConfiguration: { RuntimeEnvironmentVariables: { A: "1" } },
    },
  },
  InstanceConfiguration: { Cpu: "1 vCPU", Memory: "2 GB" },
  HealthCheckConfiguration: { Protocol: "HTTP", Path: "/health", Interval: 5 },
  Tags: [{ Key: "team", Value: "web" }],
});

/** Paths into a CreateService body where junk is most likely to reach a schema. */
const PATHS = [
  ["ServiceName"],
  ["SourceConfiguration"],
  ["SourceConfiguration", "ImageRepository"],
  ["SourceConfiguration", "ImageRepository", "ImageIdentifier"],
  ["SourceConfiguration", "ImageRepository", "ImageConfiguration"],
  ["SourceConfiguration", "ImageRepository", "ImageConfiguration", "RuntimeEnvironmentVariables"],
  [
    "SourceConfiguration",
    "ImageRepository",
    "ImageConfiguration",
    "RuntimeEnvironmentVariables",
    "A",
  ],
  ["InstanceConfiguration", "Cpu"],
  ["HealthCheckConfiguration", "Interval"],
  ["Tags"],
  ["Tags", "0"],
  ["Tags", "0", "Key"],
];

function setAt(body: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node: Record<string, unknown> = body;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null) return;
    node = next as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

function deep(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value, Key: value };
  return value;
}

/** Every operation, given bodies drawn from `bodies`, answers a well-formed result. */
function wellFormedForEveryOperation(bodies: fc.Arbitrary<unknown>) {
  fc.assert(
    fc.property(fc.constantFrom(...OPERATION_NAMES), bodies, (operation, body) => {
      expect(wellFormed(validateOperationInput(operation, body))).toBe(true);
    }),
    { numRuns: 2000 },
  );
}

describe("validateOperationInput never throws", () => {
  it("on any JSON-like body, for every operation", () => {
    wellFormedForEveryOperation(fc.anything());
  });

  it("on objects with random members, for every operation", () => {
    wellFormedForEveryOperation(fc.dictionary(fc.string(), fc.jsonValue()));
  });

  it("on a valid CreateService with junk put at any member", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        fc.anything({ withNullPrototype: true }),
        (path, junk) => {
          const body = validCreate();
          setAt(body, path, junk);
          expect(wellFormed(validateOperationInput("CreateService", body))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("on very deep nesting, in known and unknown members", () => {
    for (const path of PATHS) {
      const body = validCreate();
      setAt(body, path, deep(5000, "x"));
      (body as Record<string, unknown>).Unknown = deep(5000, null);
      expect(wellFormed(validateOperationInput("CreateService", body))).toBe(true);
    }
  });

  it("on prototype-polluting keys, leaving Object.prototype alone", () => {
    const body = JSON.parse(
      '{"ServiceName":"hello-app","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
        '"SourceConfiguration":{"ImageRepository":{"ImageIdentifier":"public.ecr.aws/a/b","ImageRepositoryType":"ECR_PUBLIC",' +
        '"ImageConfiguration":{"RuntimeEnvironmentVariables":{"__proto__":"x","toString":"y"}}}}}',
    ) as unknown;
    const result = validateOperationInput("CreateService", body);
    expect(wellFormed(result)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("quickly on huge strings and regex-hostile values", () => {
    const huge = "a".repeat(5_000_000);
    const hostile = [
      huge,
      `public.ecr.aws/${"a/".repeat(500)}!`,
      `123456789012.dkr.ecr.us-east-1.amazonaws.com/${"a-".repeat(480)}!`,
      `public.ecr.aws/${"a.".repeat(504)}:`,
      `${"\u0085".repeat(1000)}`,
    ];
    const started = performance.now();
    for (const value of hostile)
      for (const path of PATHS) {
        const body = validCreate();
        setAt(body, path, value);
        const result = validateOperationInput("CreateService", body);
        expect(wellFormed(result)).toBe(true);
        if (!result.ok) expect(result.message.length).toBeLessThan(5_000);
      }
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
