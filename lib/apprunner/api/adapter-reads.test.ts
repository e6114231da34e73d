/** The adapter's reads against a real emulator, through the dashboard's own client. */
import { CreateServiceCommand, ListOperationsCommand } from "@aws-sdk/client-apprunner";
import { beforeAll, describe, expect, it } from "vitest";

import { emulatorForFile } from "@/tests/support/emulator-for-file";
import { publicImageService } from "@/tests/support/service-requests";
import { waitForServiceStatus } from "@/tests/support/wait-for";

import { listConnections } from "./connections";
import { findServiceByName } from "./find-service-by-name";
import { listOperationsPage } from "./list-operations-page";
import { listServices } from "./list-services";
import { readLogStream } from "./read-log-stream";
import { resolveServiceArn } from "./resolve-service-arn";

const ctx = emulatorForFile({ operationMs: 200 });
/** More than one ListServices page (20). */
const SERVICES = 23;

beforeAll(async () => {
  // The dashboard's client reads its endpoint from the settings on first use.
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = ctx.endpoint;
  for (let i = 0; i < SERVICES; i++) {
    await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(`reads-${String(i).padStart(2, "0")}`)),
    );
  }
});

async function logReads(): Promise<number> {
  const stats = (await (await fetch(`${ctx.endpoint}/__emulator/stats`)).json()) as {
    calls: Record<string, number>;
  };
  return stats.calls.GetLogEvents ?? 0;
}

describe("the App Runner adapter's reads", () => {
  it("lists every service across ListServices pages", async () => {
    const names = (await listServices()).map((s) => s.ServiceName).sort();
    expect(names).toHaveLength(SERVICES);
    expect(names.at(-1)).toBe(`reads-${SERVICES - 1}`);
  });

  it("finds a service on a later page by name, and nothing for a name not taken", async () => {
    expect((await findServiceByName(`reads-${SERVICES - 1}`))?.ServiceArn).toMatch(/reads-22/);
    expect(await findServiceByName("reads-none")).toBeUndefined();
  });

  it("resolves a readable address to the ARN App Runner describes", async () => {
    const service = (await listServices())[0]!;
    const arn = await resolveServiceArn(service.ServiceName!, service.ServiceId!);
    expect(arn).toBe(service.ServiceArn);
  });

  it("reads a whole deployment log, ending where the stream ends", async () => {
    const service = (await listServices())[0]!;
    const arn = service.ServiceArn!;
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    const { OperationSummaryList } = await ctx.appRunner.send(
      new ListOperationsCommand({ ServiceArn: arn }),
    );
    const operationId = OperationSummaryList![0]!.Id!;
    const group = `/aws/apprunner/${service.ServiceName}/${service.ServiceId}/service`;
    const before = await logReads();
    const lines = await readLogStream(group, `deployment/${operationId}`);
    expect(lines.length).toBeGreaterThan(0);
    // CloudWatch repeats the last token rather than dropping it; reading must stop there.
    expect((await logReads()) - before).toBeLessThanOrEqual(2);
    expect(lines.every((l) => !l.message.endsWith("\n"))).toBe(true);
  });

  it("reads operations one page at a time, with the token for the next", async () => {
    const arn = (await listServices())[0]!.ServiceArn!;
    const page = await listOperationsPage(arn, undefined);
    expect(page.operations[0]).toMatchObject({ Type: "CREATE_SERVICE" });
    expect(typeof page.operations[0]!.StartedAt).toBe("string");
  });

  it("lists connections (none yet) without failing", async () => {
    expect(await listConnections()).toEqual([]);
  });
});
