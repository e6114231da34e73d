/**
 * The services-per-region quota (`--max-services 2` here) and the one-name rule under concurrent
 * requests: whatever the interleaving, one name gives one service.
 */
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  ListServicesCommand,
  StartDeploymentCommand,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError } from "../support/aws-error";
import { makeClients } from "../support/clients";
import { uniqueName } from "../support/names";
import { outcomeTag, publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { listAllOperations, waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 200, args: ["--max-services", "2"] });

async function liveServices(): Promise<number> {
  const { ServiceSummaryList } = await ctx.appRunner.send(
    new ListServicesCommand({ MaxResults: 20 }),
  );
  return ServiceSummaryList?.length ?? 0;
}

describe("quota", () => {
  // API_Service (Status): "CREATE_FAILED – The service failed to create. The failed service isn't
  // usable, and still counts towards your service quota." Developer guide, "Creating an App Runner
  // service" (manage-create.html): "App Runner doesn't automatically delete the failed service,
  // and it still counts towards your service quota."
  it("refuses a third service with ServiceQuotaExceededException; CREATE_FAILED counts; DELETED frees", async () => {
    const first = await ctx.appRunner.send(
      new CreateServiceCommand(
        publicImageService(uniqueName("q"), [outcomeTag("fail-image-pull")]),
      ),
    );
    await waitForServiceStatus(ctx.appRunner, first.Service!.ServiceArn!, "CREATE_FAILED");
    const second = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("q"))),
    );
    await waitForServiceStatus(ctx.appRunner, second.Service!.ServiceArn!, "RUNNING");

    await expectAwsError(
      ctx.appRunner.send(new CreateServiceCommand(publicImageService(uniqueName("q")))),
      "ServiceQuotaExceededException",
    );
    expect(await liveServices()).toBe(2);

    await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: first.Service!.ServiceArn }));
    await waitForServiceStatus(ctx.appRunner, first.Service!.ServiceArn!, "DELETED");
    const third = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("q"))),
    );
    expect(third.Service?.Status).toBe("OPERATION_IN_PROGRESS");

    // Clean up so the concurrency tests below have room.
    for (const arn of [second.Service!.ServiceArn!, third.Service!.ServiceArn!]) {
      await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
      await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
      await waitForServiceStatus(ctx.appRunner, arn, "DELETED");
    }
  });

  it("is per region", async () => {
    const { appRunner: west } = makeClients(ctx.endpoint, "eu-west-1");
    const a = await west.send(new CreateServiceCommand(publicImageService(uniqueName("west"))));
    const b = await west.send(new CreateServiceCommand(publicImageService(uniqueName("west"))));
    await expectAwsError(
      west.send(new CreateServiceCommand(publicImageService(uniqueName("west")))),
      "ServiceQuotaExceededException",
    );
    // The home region's count is untouched.
    expect(await liveServices()).toBe(0);
    for (const service of [a.Service!, b.Service!]) {
      await waitForServiceStatus(west, service.ServiceArn!, "RUNNING");
      await west.send(new DeleteServiceCommand({ ServiceArn: service.ServiceArn }));
      await waitForServiceStatus(west, service.ServiceArn!, "DELETED");
    }
    west.destroy();
  });
});

describe("the default quota", () => {
  const fresh = emulatorForFile({ operationMs: 200 });

  it("is 100 services per region", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () =>
        fresh.appRunner.send(new CreateServiceCommand(publicImageService(uniqueName("hundred")))),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    await expectAwsError(
      fresh.appRunner.send(new CreateServiceCommand(publicImageService(uniqueName("hundred")))),
      "ServiceQuotaExceededException",
    );
  });
});

describe("concurrent CreateService with one name", () => {
  it("creates exactly one service, each time", async () => {
    for (let round = 0; round < 5; round += 1) {
      const name = uniqueName("race");
      const clients = Array.from({ length: 8 }, () => makeClients(ctx.endpoint).appRunner);
      const results = await Promise.allSettled(
        clients.map((client) => client.send(new CreateServiceCommand(publicImageService(name)))),
      );
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      for (const failure of lost) {
        expect((failure.reason as Error).name).toBe("InvalidRequestException");
      }
      const { ServiceSummaryList } = await ctx.appRunner.send(new ListServicesCommand({}));
      expect(ServiceSummaryList?.filter((s) => s.ServiceName === name)).toHaveLength(1);

      const arn = (won[0] as PromiseFulfilledResult<{ Service?: { ServiceArn?: string } }>).value
        .Service!.ServiceArn!;
      await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
      await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
      await waitForServiceStatus(ctx.appRunner, arn, "DELETED");
      for (const client of clients) client.destroy();
    }
  });
});

describe("concurrent actions on one service", () => {
  // InvalidStateException (every action's Errors): "You can't perform this action when the
  // resource is in its current state." One operation at a time (docs/emulator-fidelity.md).
  it("two StartDeployment at once: one operation runs, the other is InvalidStateException", async () => {
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("twice"))),
    );
    const arn = Service!.ServiceArn!;
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    const clients = Array.from({ length: 6 }, () => makeClients(ctx.endpoint).appRunner);
    const results = await Promise.allSettled(
      clients.map((client) => client.send(new StartDeploymentCommand({ ServiceArn: arn }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect((r.reason as Error).name).toBe("InvalidStateException");
    }
    const operations = await listAllOperations(ctx.appRunner, arn);
    expect(operations.filter((o) => o.Type === "START_DEPLOYMENT")).toHaveLength(1);
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(ctx.appRunner, arn, "DELETED");
    for (const client of clients) client.destroy();
  });
});
