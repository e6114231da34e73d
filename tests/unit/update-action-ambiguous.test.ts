import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import {
  CreateServiceCommand,
  ListTagsForResourceCommand,
  type AppRunnerClient,
} from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, expect, it } from "vitest";

import type { UpdateServiceState } from "@/app/services/[name]/[id]/edit/update-service-state";
import { serviceToValues } from "@/lib/apprunner/form/service-values";
import { toWire } from "@/lib/apprunner/watch/wire";

import { makeClients } from "../support/clients";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { publicImageService } from "../support/service-requests";
import {
  describeService,
  listAllOperations,
  waitForOperationStatus,
  waitForServiceStatus,
} from "../support/wait-for";

// Between the dashboard and a real emulator sits a proxy that passes every call through, but
// for the first UpdateService it lets App Runner act and then drops the connection before the
// answer arrives: the classic "did it happen?" case. The dashboard's SDK client retries a lost
// connection, so App Runner also sees the request again while the first one's operation runs.
// The test's own client goes direct.
let emulator: EmulatorProcess;
let proxy: Server;
let client: AppRunnerClient;
let dropped = 0;
let updateService: typeof import("@/app/services/[name]/[id]/edit/actions").updateService;

beforeAll(async () => {
  emulator = await startEmulator({});
  client = makeClients(emulator.endpoint).appRunner;
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
          if (target.endsWith(".UpdateService") && dropped === 0) {
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
  ({ updateService } = await import("@/app/services/[name]/[id]/edit/actions"));
});

afterAll(async () => {
  client?.destroy();
  await new Promise((resolve) => proxy?.close(resolve));
  await emulator?.dispose();
});

it("an update whose answer was lost goes to the service, and was made once", async () => {
  const { Service } = await client.send(new CreateServiceCommand(publicImageService("lost-edit")));
  const arn = Service!.ServiceArn!;
  await waitForServiceStatus(client, arn, "RUNNING");
  const [service, { Tags }] = await Promise.all([
    describeService(client, arn),
    client.send(new ListTagsForResourceCommand({ ResourceArn: arn })),
  ]);
  const values = serviceToValues(toWire(service), toWire(Tags ?? []));
  values.build.port = "9090";
  const data = new FormData();
  data.set("token", crypto.randomUUID());
  data.set("arn", arn);
  data.set("baseUpdatedAt", service.UpdatedAt!.toISOString());
  data.set("values", JSON.stringify(values));

  let outcome: UpdateServiceState | { redirect: string };
  try {
    outcome = await updateService({ status: "idle" }, data);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    outcome = { redirect: digest.split(";")[2]! };
  }

  expect(dropped).toBe(1);
  expect(outcome).toEqual({ redirect: `/services/lost-edit/${Service!.ServiceId}` });
  const updates = (await listAllOperations(client, arn)).filter(
    (op) => op.Type === "UPDATE_SERVICE",
  );
  expect(updates).toHaveLength(1);
  await waitForOperationStatus(client, arn, updates[0]!.Id!, "SUCCEEDED");
  const updated = await waitForServiceStatus(client, arn, "RUNNING");
  expect(updated.SourceConfiguration?.ImageRepository?.ImageConfiguration?.Port).toBe("9090");
});
