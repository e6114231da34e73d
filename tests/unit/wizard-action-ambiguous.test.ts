import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, expect, it } from "vitest";

import type { CreateServiceState } from "@/app/services/new/create-service-state";
import { blankValues } from "@/lib/apprunner/form/defaults";

import { startEmulator, type EmulatorProcess } from "../support/emulator-process";

// Between the dashboard and a real emulator sits a proxy that passes every call through, but
// for the first CreateService it lets App Runner act and then drops the connection before the
// answer arrives: the classic "did it happen?" case.
let emulator: EmulatorProcess;
let proxy: Server;
let dropped = 0;
let createService: typeof import("@/app/services/new/actions").createService;

beforeAll(async () => {
  emulator = await startEmulator({});
  const upstream = new URL(emulator.endpoint);
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const target = String(req.headers["x-amz-target"] ?? "");
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          if (target.endsWith(".CreateService") && dropped === 0) {
            dropped += 1;
            answer.resume();
            req.socket.destroy();
            return;
          }
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          answer.pipe(res);
        },
      );
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as AddressInfo;
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = `http://127.0.0.1:${port}`;
  ({ createService } = await import("@/app/services/new/actions"));
});

afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await emulator?.dispose();
});

it("a create whose answer was lost goes to the service it did create", async () => {
  const values = blankValues();
  values.source.imageIdentifier = "public.ecr.aws/nginx/nginx:latest";
  values.service.name = "lost-answer";
  const data = new FormData();
  data.set("values", JSON.stringify(values));
  data.set("token", crypto.randomUUID());
  let outcome: CreateServiceState | { redirect: string };
  try {
    outcome = await createService({ status: "idle" }, data);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    outcome = { redirect: digest.split(";")[2]! };
  }
  expect(dropped).toBe(1);
  expect(outcome).toEqual({
    redirect: expect.stringMatching(/^\/services\/lost-answer\/[0-9a-f]{32}$/),
  });
});
