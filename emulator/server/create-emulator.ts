import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

import { validateOperationInput } from "@/lib/apprunner/validation";
import {
  isOperationName,
  type OperationInput,
  type OperationName,
} from "@/lib/apprunner/schema/operations.generated";

import type { EmulatorOptions } from "../cli-options";
import type { Handler, HandlerContext } from "../context";
import {
  ApiError,
  InternalServiceError,
  InvalidRequestError,
  RequestTooLargeError,
  SerializationError,
  ThrottlingError,
  UnknownOperationError,
} from "../errors";
import { APP_RUNNER_HANDLERS, isReadOnly } from "../handlers/app-runner-handlers";
import { defineConnectionTimers } from "../handlers/connections";
import { defineCustomDomainTimers } from "../handlers/custom-domains";
import { defineVpcIngressTimers } from "../handlers/vpc-ingress";
import { Lifecycle } from "../lifecycle/lifecycle";
import { logsHandlers } from "../logs/logs-handlers";
import { ServiceFront } from "../proxy/service-front";
import {
  LOGS_INPUTS,
  parseLogsInput,
  type LogsInput,
  type LogsOperation,
} from "../logs/logs-input";
import { RawJson } from "../raw-json";
import { CodeRuntime } from "../runtime/code-runtime";
import { LogStore } from "../store/log-store";
import { openDatabase } from "../store/open-database";
import { ResourceStore } from "../store/resource-store";
import { regionFromAuthorization } from "./authorization";
import { BODY_LIMIT, readBody } from "./read-body";
import { sendError, sendJson, type Protocol } from "./respond";

export type RunningEmulator = {
  url: string;
  server: Server;
  /** Runs code services (`--code-services run`); undefined when they are simulated. */
  runtime: CodeRuntime | undefined;
  close(): Promise<void>;
};

const APP_RUNNER_PREFIX = "AppRunner.";
const LOGS_PREFIX = "Logs_20140328.";
function isLogsOperation(name: string): name is LogsOperation {
  return Object.prototype.hasOwnProperty.call(LOGS_INPUTS, name);
}

type Target =
  | { protocol: "1.0"; operation: OperationName }
  | { protocol: "1.1"; operation: LogsOperation }
  | { protocol: Protocol; operation?: undefined };

function resolveTarget(header: string | string[] | undefined): Target {
  const target = typeof header === "string" ? header : "";
  if (target.startsWith(LOGS_PREFIX)) {
    const operation = target.slice(LOGS_PREFIX.length);
    return isLogsOperation(operation) ? { protocol: "1.1", operation } : { protocol: "1.1" };
  }
  const operation = target.startsWith(APP_RUNNER_PREFIX)
    ? target.slice(APP_RUNNER_PREFIX.length)
    : "";
  return isOperationName(operation) ? { protocol: "1.0", operation } : { protocol: "1.0" };
}

/** A call whose input is checked and whose handler is known; it runs once the context is. */
type Call = (ctx: HandlerContext) => object;

/** Validates an App Runner input as App Runner does, before any state is touched. */
function appRunnerCall<O extends OperationName>(operation: O, raw: unknown): Call {
  const checked = validateOperationInput(operation, raw);
  if (!checked.ok)
    throw checked.errorType === "SerializationException"
      ? new SerializationError(checked.message)
      : new InvalidRequestError(checked.message);
  const input = checked.value;
  const handler: Handler<OperationInput<O>> = APP_RUNNER_HANDLERS[operation];
  return (ctx) => handler(input, ctx);
}

function logsCall<O extends LogsOperation>(operation: O, raw: unknown): Call {
  const input = parseLogsInput(operation, raw);
  const handler: Handler<LogsInput<O>> = logsHandlers[operation];
  return (ctx) => handler(input, ctx);
}

function parseBody(bytes: Buffer): unknown {
  if (bytes.length === 0) return {};
  try {
    return JSON.parse(bytes.toString("utf8")) as unknown;
  } catch {
    throw new SerializationError("The request body is not valid JSON.");
  }
}

/** Opens the data dir, resumes planned changes, and serves the API until closed. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const db = openDatabase(options.dataDir);
  const store = new ResourceStore(db);
  const logs = new LogStore(db);
  const lifecycle = new Lifecycle(store, logs, options.operationMs);
  defineConnectionTimers(lifecycle, store);
  defineVpcIngressTimers(lifecycle, store);
  defineCustomDomainTimers(lifecycle, store);
  const front = new ServiceFront(store, options);
  const runtime =
    options.codeServices === "run" ? new CodeRuntime(store, logs, lifecycle, options) : undefined;
  lifecycle.runner = runtime;
  if (runtime) front.attach(runtime);
  lifecycle.scheduler.start();
  runtime?.start();

  const calls: Record<string, number> = {};
  const startedAt = new Date().toISOString();
  const { faults } = options;

  async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = resolveTarget(req.headers["x-amz-target"]);
    try {
      const body = await readBody(req, BODY_LIMIT);
      if (!body.ok) throw new RequestTooLargeError(BODY_LIMIT);
      const region = regionFromAuthorization(req.headers.authorization);
      if (target.operation === undefined) throw new UnknownOperationError();
      const { operation } = target;
      calls[operation] = (calls[operation] ?? 0) + 1;
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      if (faults.throttle > 0 && Math.random() < faults.throttle) throw new ThrottlingError();
      if (faults.error > 0 && Math.random() < faults.error) throw new InternalServiceError();

      const raw = parseBody(body.bytes);
      const call =
        target.protocol === "1.1"
          ? logsCall(target.operation, raw)
          : appRunnerCall(target.operation, raw);
      const ctx: HandlerContext = {
        region,
        account: options.accountId,
        now: Date.now(),
        store,
        logs,
        lifecycle,
        options,
        serviceUrls: front.serviceUrls,
      };
      const result = isReadOnly(operation) ? call(ctx) : store.transaction(() => call(ctx));
      const text = result instanceof RawJson ? result.text : JSON.stringify(result);
      sendJson(res, 200, text, target.protocol);
    } catch (error) {
      if (error instanceof ApiError) return sendError(res, error, target.protocol);
      console.error("emulator: unexpected error:", error);
      sendError(res, new InternalServiceError(), target.protocol);
    }
  }

  function handleAdmin(path: string, res: ServerResponse): void {
    const body =
      path === "/__emulator/health"
        ? {
            status: "ok",
            startedAt,
            operationMs: options.operationMs,
            accountId: options.accountId,
            memory: process.memoryUsage(),
          }
        : { since: startedAt, calls };
    sendJson(res, 200, JSON.stringify(body), "1.0");
  }

  const server = createServer((req, res) => {
    if (front.handles(req, res)) return;
    res.setHeader("x-amzn-RequestId", randomUUID());
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && (path === "/__emulator/health" || path === "/__emulator/stats"))
      return handleAdmin(path, res);
    if (req.method === "POST" && path === "/") {
      void handleApi(req, res);
      return;
    }
    req.resume();
    sendError(
      res,
      new ApiError(
        "UnknownOperationException",
        "Only POST / is served (and GET /__emulator/health, /__emulator/stats).",
        404,
      ),
      "1.0",
    );
  });
  // Longer than SDK agents keep idle sockets, so the server never closes one mid-reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  front.listening(address.port);
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    server,
    runtime,
    async close() {
      lifecycle.scheduler.stop();
      await runtime?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      front.close();
      db.close();
    },
  };
}
