/**
 * Bad input never breaks the emulator: thousands of generated bodies for every operation —
 * valid requests broken one member at a time (wrong types, missing and extra members, huge
 * strings, deep nesting, odd unicode, prototype-polluting keys) and plain noise (not JSON, raw
 * bytes). Every answer is below 500, carries a request id and, for errors, a JSON body with
 * `__type`; afterwards the server still answers.
 */
import * as AppRunner from "@aws-sdk/client-apprunner";
import {
  CreateAutoScalingConfigurationCommand,
  CreateConnectionCommand,
  CreateObservabilityConfigurationCommand,
  CreateServiceCommand,
  CreateVpcConnectorCommand,
  CreateVpcIngressConnectionCommand,
  ListServicesCommand,
} from "@aws-sdk/client-apprunner";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appRunnerBases, logsBases, type KnownArns } from "../support/fuzz-bases";
import { createJsonCaller, type JsonCaller, type JsonCallResult } from "../support/http-client";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { describeService, waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 200 });

const MUTATIONS_PER_OPERATION = 100;
const NOISE_PER_OPERATION = 20;
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

type Json = unknown;
type Path = (string | number)[];

let caller: JsonCaller;
let known: KnownArns;
let sent = 0;
/** How often each answer came back: a fuzz that only ever hits the first check proves little. */
const outcomes = new Map<string, number>();

const FAKE = "arn:aws:apprunner:us-east-1:123456789012";

async function orFake<T>(make: () => Promise<T>, fake: T): Promise<T> {
  try {
    return await make();
  } catch {
    return fake;
  }
}

beforeAll(async () => {
  caller = createJsonCaller(ctx.endpoint, 16);
  const sdk = ctx.appRunner;
  const { Service } = await sdk.send(
    new CreateServiceCommand({
      ...publicImageService("fuzz-target"),
      NetworkConfiguration: { IngressConfiguration: { IsPubliclyAccessible: false } },
    }),
  );
  await waitForServiceStatus(sdk, Service!.ServiceArn!, "RUNNING");
  known = {
    service: Service!.ServiceArn!,
    serviceName: Service!.ServiceName!,
    serviceId: Service!.ServiceId!,
    connection: await orFake(
      async () =>
        (
          await sdk.send(
            new CreateConnectionCommand({ ConnectionName: "fuzz-known", ProviderType: "GITHUB" }),
          )
        ).Connection!.ConnectionArn!,
      `${FAKE}:connection/fuzz-known/0123456789abcdef0123456789abcdef`,
    ),
    autoScaling: await orFake(
      async () =>
        (
          await sdk.send(
            new CreateAutoScalingConfigurationCommand({
              AutoScalingConfigurationName: "fuzz-known",
            }),
          )
        ).AutoScalingConfiguration!.AutoScalingConfigurationArn!,
      `${FAKE}:autoscalingconfiguration/fuzz-known/1/0123456789abcdef0123456789abcdef`,
    ),
    observability: await orFake(
      async () =>
        (
          await sdk.send(
            new CreateObservabilityConfigurationCommand({
              ObservabilityConfigurationName: "fuzz-known",
            }),
          )
        ).ObservabilityConfiguration!.ObservabilityConfigurationArn!,
      `${FAKE}:observabilityconfiguration/fuzz-known/1/0123456789abcdef0123456789abcdef`,
    ),
    vpcConnector: await orFake(
      async () =>
        (
          await sdk.send(
            new CreateVpcConnectorCommand({
              VpcConnectorName: "fuzz-known",
              Subnets: ["subnet-1"],
            }),
          )
        ).VpcConnector!.VpcConnectorArn!,
      `${FAKE}:vpcconnector/fuzz-known/1/0123456789abcdef0123456789abcdef`,
    ),
    vpcIngress: await orFake(
      async () =>
        (
          await sdk.send(
            new CreateVpcIngressConnectionCommand({
              ServiceArn: Service!.ServiceArn!,
              VpcIngressConnectionName: "fuzz-known",
              IngressVpcConfiguration: { VpcId: "vpc-1", VpcEndpointId: "vpce-1" },
            }),
          )
        ).VpcIngressConnection!.VpcIngressConnectionArn!,
      `${FAKE}:vpcingressconnection/fuzz-known/0123456789abcdef0123456789abcdef`,
    ),
  };
}, 60_000);

afterAll(() => caller?.close());

/** What every answer must look like, whatever was sent. */
function checkAnswer(what: string, result: JsonCallResult): void {
  sent += 1;
  const kind =
    result.status === 200 ? "200" : String(result.headers["x-amzn-errortype"] ?? result.status);
  outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
  const context = `${what} → ${result.status} ${result.body.slice(0, 300)}`;
  expect(result.status, context).toBeGreaterThanOrEqual(200);
  expect(result.status, context).toBeLessThan(500);
  expect(result.headers["x-amzn-requestid"], context).toBeTruthy();
  let parsed: unknown;
  expect(() => (parsed = JSON.parse(result.body)), context).not.toThrow();
  expect(typeof parsed === "object" && parsed !== null && !Array.isArray(parsed), context).toBe(
    true,
  );
  if (result.status >= 400) {
    const body = parsed as Record<string, unknown>;
    expect(typeof body.__type === "string" && body.__type.length > 0, context).toBe(true);
    expect(result.headers["x-amzn-errortype"], context).toBeTruthy();
    expect(typeof (body.Message ?? body.message), context).toBe("string");
  }
}

// ---- generators --------------------------------------------------------------------------

function nested(depth: number, leaf: Json = 1): Json {
  let value: Json = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

const oddStrings = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "\ud800",
  "\udfff\ud800",
  "\uffff",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "e\u0301\u0301\u0301",
  "💥".repeat(40),
  "null",
  "undefined",
  "../../etc/passwd",
  "' OR 1=1 --",
  "%00%ff",
  "${jndi:ldap://x}",
  "arn:aws:apprunner:us-east-1:123456789012:service/x/",
);

const weirdValue: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 64 }), weight: 2 },
  { arbitrary: oddStrings, weight: 2 },
  {
    arbitrary: fc.constantFrom<Json>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      -0,
      1e308,
      2 ** 53 + 1,
      [],
      {},
      [[]],
    ),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 1_000, max: 300_000 }).map((n) => "x".repeat(n)), weight: 1 },
  { arbitrary: fc.integer({ min: 5, max: 400 }).map((n) => nested(n)), weight: 1 },
);

const weirdKey = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "",
    "__type",
  ),
);

function pathsOf(value: Json, prefix: Path = []): Path[] {
  const here: Path[] = prefix.length ? [prefix] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === "object")
    return [
      ...here,
      ...Object.entries(value as Record<string, Json>).flatMap(([k, v]) =>
        pathsOf(v, [...prefix, k]),
      ),
    ];
  return here;
}

/** Sets an own property even for keys like `__proto__` (plain assignment would not). */
function put(target: Record<string | number, Json>, key: string | number, value: Json) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

type Mutation = {
  pick: number;
  action: "replace" | "delete" | "extra" | "wrap";
  value: Json;
  key: string;
};

function mutate(base: Json, m: Mutation): Json {
  const copy = structuredClone(base) as Record<string, Json>;
  const paths = pathsOf(copy);
  const path = paths[m.pick % Math.max(paths.length, 1)] ?? [];
  const parentPath = path.slice(0, -1);
  const last = path.at(-1);
  let parent: Json = copy;
  for (const segment of parentPath) parent = (parent as Record<string | number, Json>)[segment];
  const container = parent as Record<string | number, Json>;
  if (last === undefined || m.action === "extra") {
    const target = last === undefined ? copy : container[last];
    if (target && typeof target === "object" && !Array.isArray(target)) {
      put(target as Record<string, Json>, m.key, m.value);
    } else {
      put(copy, m.key, m.value);
    }
  } else if (m.action === "delete") {
    if (Array.isArray(container)) container.splice(Number(last), 1);
    else delete container[last];
  } else if (m.action === "wrap") {
    put(container, last, [container[last]]);
  } else {
    put(container, last, m.value);
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  action: fc.constantFrom("replace", "replace", "delete", "extra", "wrap"),
  value: weirdValue,
  key: weirdKey,
});

const noise: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(
    "",
    "null",
    "[]",
    "123",
    '"text"',
    "true",
    "{",
    "}",
    '{"a":',
    "{}{}",
    '{"a":1,"a":2}',
    "1e999999",
  ),
  fc.integer({ min: 1, max: 200_000 }).map((n) => "[".repeat(n)),
  fc.integer({ min: 1, max: 50_000 }).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d])),
  fc.constant(Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])),
);

// ---- the properties ------------------------------------------------------------------------

async function fuzzOperation(target: string, base: Json): Promise<void> {
  await fc.assert(
    fc.asyncProperty(mutation, async (m) => {
      const body = JSON.stringify(mutate(base, m));
      checkAnswer(`${target} ${body.slice(0, 200)}`, await caller.call(target, body));
    }),
    { numRuns: MUTATIONS_PER_OPERATION, seed: SEED, endOnFailure: true },
  );
  await fc.assert(
    fc.asyncProperty(noise, async (body) => {
      checkAnswer(`${target} noise ${String(body).slice(0, 100)}`, await caller.call(target, body));
    }),
    { numRuns: NOISE_PER_OPERATION, seed: SEED, endOnFailure: true },
  );
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(work));
}

describe("fuzzing every operation", () => {
  it("covers all 37 App Runner operations", () => {
    const sdkOperations = Object.keys(AppRunner)
      .filter((name) => /^[A-Z]\w+Command$/.test(name))
      .map((name) => name.slice(0, -"Command".length))
      .sort();
    expect(Object.keys(appRunnerBases(known)).sort()).toEqual(sdkOperations);
  });

  it("never answers 5xx or non-JSON to broken App Runner requests", async () => {
    const bases = Object.entries(appRunnerBases(known));
    // Read-only operations first, so the known resources exist while they are fuzzed.
    bases.sort(([a], [b]) => Number(/^(Delete|Pause)/.test(a)) - Number(/^(Delete|Pause)/.test(b)));
    const before = sent;
    await inBatches(bases, 4, ([operation, base]) => fuzzOperation(`AppRunner.${operation}`, base));
    expect(sent - before).toBe(37 * (MUTATIONS_PER_OPERATION + NOISE_PER_OPERATION));
    // The bodies reach every layer: parsing, validation, lookups, state rules and success.
    for (const kind of [
      "200",
      "SerializationException",
      "InvalidRequestException",
      "ResourceNotFoundException",
      "InvalidStateException",
    ]) {
      expect(
        outcomes.get(kind) ?? 0,
        `${kind} in ${JSON.stringify([...outcomes])}`,
      ).toBeGreaterThanOrEqual(20);
    }
  }, 240_000);

  it("never answers 5xx or non-JSON to broken CloudWatch Logs requests", async () => {
    await inBatches(Object.entries(logsBases(known)), 4, ([operation, base]) =>
      fuzzOperation(`Logs_20140328.${operation}`, base),
    );
  }, 120_000);

  it("answers odd targets and headers with 4xx JSON errors", async () => {
    const odd: [string, Record<string, string>][] = [
      ["", {}],
      ["AppRunner.", {}],
      ["AppRunner.describeservice", {}],
      ["AppRunner.DescribeService.Extra", {}],
      ["AppRunner.__proto__", {}],
      ["AppRunner.constructor", {}],
      ["Logs_20140328.PutLogEvents", {}],
      [`AppRunner.${"A".repeat(10_000)}`, {}],
      ["AppRunner.ListServices", { "content-type": "text/plain" }],
      ["AppRunner.ListServices", { "content-encoding": "gzip" }],
    ];
    for (const [target, headers] of odd) {
      const result = await caller.call(target, "{}", headers);
      checkAnswer(
        `target ${JSON.stringify(target.slice(0, 50))} ${JSON.stringify(headers)}`,
        result,
      );
    }
  });

  it("still answers after all of it", async () => {
    const health = await fetch(`${ctx.endpoint}/__emulator/health`);
    expect(health.status).toBe(200);
    // The fuzzed DeleteService may have deleted it; it must still be describable.
    const service = await describeService(ctx.appRunner, known.service);
    expect(service.ServiceArn).toBe(known.service);
    const { ServiceSummaryList } = await ctx.appRunner.send(new ListServicesCommand({}));
    expect(Array.isArray(ServiceSummaryList)).toBe(true);
  });
});
