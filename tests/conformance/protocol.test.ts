/**
 * The wire protocol as AWS speaks it (AWS JSON 1.0 for App Runner, 1.1 for CloudWatch Logs),
 * checked with raw HTTP because the SDK never sends the malformed requests tested here.
 */
import { describe, expect, it } from "vitest";

import { TEST_REGION } from "../support/clients";
import { fakeAuthorization, rawRequest } from "../support/raw-request";
import { emulatorForFile } from "../support/emulator-for-file";

const ctx = emulatorForFile();

function expectErrorShape(
  response: Awaited<ReturnType<typeof rawRequest>>,
  status: number,
  code: string,
) {
  expect(response.status, response.text).toBe(status);
  expect(response.errorCode).toBe(code);
  expect(response.headers.get("x-amzn-errortype")?.split(":")[0]).toBe(code);
  expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
  expect(response.json, `error body is JSON: ${response.text}`).toBeDefined();
}

describe("requests that reach an operation", () => {
  it("answers a signed call with 200, JSON 1.0 and a request id", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.ListServices",
      body: {},
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/x-amz-json-1\.0/);
    expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{20,}$/i);
    expect(response.json).toEqual(expect.objectContaining({ ServiceSummaryList: [] }));
  });

  it("gives every response its own request id", async () => {
    const ids = new Set<string | null>();
    for (let i = 0; i < 5; i += 1) {
      const response = await rawRequest(ctx.endpoint, { target: "AppRunner.ListServices" });
      ids.add(response.headers.get("x-amzn-requestid"));
    }
    expect(ids.size).toBe(5);
    expect(ids.has(null)).toBe(false);
  });

  it("sends timestamps as epoch seconds (numbers)", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.CreateConnection",
      body: { ConnectionName: "proto-time", ProviderType: "GITHUB" },
    });
    expect(response.status, response.text).toBe(200);
    const connection = response.json?.Connection as { CreatedAt?: unknown };
    expect(typeof connection.CreatedAt).toBe("number");
    const seconds = connection.CreatedAt as number;
    // Seconds, not milliseconds: within a minute of now.
    expect(Math.abs(seconds - Date.now() / 1000)).toBeLessThan(60);
  });

  it("serves CloudWatch Logs JSON 1.1 on the same port", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "Logs_20140328.DescribeLogGroups",
      body: {},
    });
    expect(response.status, response.text).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/x-amz-json-1\.1/);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    expect(Array.isArray(response.json?.logGroups)).toBe(true);
  });

  it("takes the region from the credential scope", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.CreateConnection",
      region: "eu-west-1",
      body: { ConnectionName: "proto-region", ProviderType: "BITBUCKET" },
    });
    expect(response.status, response.text).toBe(200);
    const connection = response.json?.Connection as { ConnectionArn: string };
    expect(connection.ConnectionArn).toMatch(
      /^arn:aws:apprunner:eu-west-1:\d{12}:connection\/proto-region\/[0-9a-f]{32}$/,
    );
    const elsewhere = await rawRequest(ctx.endpoint, {
      target: "AppRunner.ListConnections",
      region: TEST_REGION,
      body: { ConnectionName: "proto-region" },
    });
    expect(elsewhere.json?.ConnectionSummaryList).toEqual([]);
  });
});

describe("refused requests", () => {
  it("refuses a request without SigV4 authorization: 403 MissingAuthenticationTokenException", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.ListServices",
      signed: false,
    });
    expectErrorShape(response, 403, "MissingAuthenticationTokenException");
  });

  it("refuses an Authorization header that is not SigV4", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.ListServices",
      headers: { authorization: "Basic dXNlcjpwYXNz" },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
  });

  it("refuses an unknown target with 400 UnknownOperationException", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.LaunchRocket",
      body: {},
    });
    expectErrorShape(response, 400, "UnknownOperationException");
  });

  it("refuses another service's target prefix with UnknownOperationException", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "DynamoDB_20120810.ListTables",
      body: {},
    });
    expectErrorShape(response, 400, "UnknownOperationException");
  });

  it("refuses a body that is not JSON with 400 SerializationException", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.ListServices",
      body: "{not json",
    });
    expectErrorShape(response, 400, "SerializationException");
  });

  it("refuses a JSON body that is not an object with SerializationException", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.DescribeService",
      body: "[1,2,3]",
    });
    expectErrorShape(response, 400, "SerializationException");
  });

  it("refuses a member of the wrong JSON type with SerializationException", async () => {
    for (const body of [{ MaxResults: "5" }, { MaxResults: 1.5 }, { NextToken: 7 }]) {
      const response = await rawRequest(ctx.endpoint, { target: "AppRunner.ListServices", body });
      expectErrorShape(response, 400, "SerializationException");
    }
  });

  it("puts the code in __type and the message in Message", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.DescribeService",
      body: { ServiceArn: "not-an-arn" },
    });
    expectErrorShape(response, 400, "InvalidRequestException");
    expect(String(response.json?.__type)).toMatch(/(^|#)InvalidRequestException$/);
    expect(typeof response.json?.Message).toBe("string");
    expect(String(response.json?.Message)).toMatch(/serviceArn/i);
  });

  it("answers an unknown resource with ResourceNotFoundException", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.DescribeService",
      body: {
        ServiceArn: `arn:aws:apprunner:${TEST_REGION}:123456789012:service/nope/0123456789abcdef0123456789abcdef`,
      },
    });
    expectErrorShape(response, 400, "ResourceNotFoundException");
  });

  it("answers other methods and paths with a 4xx, not a crash", async () => {
    for (const [method, path] of [
      ["GET", "/"],
      ["PUT", "/"],
      ["DELETE", "/"],
      ["POST", "/no/such/path"],
      ["GET", "/__emulator/nope"],
    ] as const) {
      const response = await fetch(`${ctx.endpoint}${path}`, {
        method,
        headers: { authorization: fakeAuthorization(), "x-amz-target": "AppRunner.ListServices" },
        ...(method === "GET" ? {} : { body: "{}" }),
      });
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
    }
  });

  it("refuses a body over the size limit with a 4xx, not a crash", async () => {
    const response = await rawRequest(ctx.endpoint, {
      target: "AppRunner.ListServices",
      body: JSON.stringify({ NextToken: "x".repeat(12 * 1024 * 1024) }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const health = await fetch(`${ctx.endpoint}/__emulator/health`);
    expect(health.status).toBe(200);
  });
});
