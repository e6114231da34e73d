/**
 * Connections to GitHub and Bitbucket. With no console to approve the handshake, the emulator
 * moves new connections from PENDING_HANDSHAKE to AVAILABLE after a short delay. Tests quote the
 * App Runner API reference page (API_*) and the sentence they check.
 */
import {
  CreateConnectionCommand,
  CreateServiceCommand,
  DeleteConnectionCommand,
  ListConnectionsCommand,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError, expectInvalidField, RULE } from "../support/aws-error";
import { connectionStatus, createAvailableConnection } from "../support/connections";
import { uniqueName, unknownArn } from "../support/names";
import { poll } from "../support/poll";
import { codeService } from "../support/service-requests";
import { waitForServiceStatus } from "../support/wait-for";
import { emulatorForFile } from "../support/emulator-for-file";
import { slowOnAws } from "../support/target";

const ctx = emulatorForFile({ operationMs: 300 });
/** Waits minutes for a service to be RUNNING on AWS (CONFORMANCE_SKIP_SLOW=1 skips it). */
const slow = it.skipIf(slowOnAws("waits for a service to be RUNNING"));

function createConnection(name: string, provider: "GITHUB" | "BITBUCKET" = "GITHUB") {
  return ctx.appRunner.send(
    new CreateConnectionCommand({ ConnectionName: name, ProviderType: provider }),
  );
}

describe("connections", () => {
  // API_CreateConnection: "Both require a user interface approval process through the App Runner
  // console before you can use the connection." API_Connection, Status: "When the state is
  // AVAILABLE, you can use the connection to create an App Runner service." (A service naming a
  // connection that isn't AVAILABLE: create-service-rules.test.ts.)
  it("start PENDING_HANDSHAKE and become AVAILABLE", async () => {
    const name = uniqueName("github", 32);
    const { Connection } = await createConnection(name);
    expect(Connection).toMatchObject({
      ConnectionName: name,
      ProviderType: "GITHUB",
      Status: "PENDING_HANDSHAKE",
    });
    expect(Connection?.ConnectionArn).toMatch(
      new RegExp(
        `^arn:aws:apprunner:${ctx.region}:${ctx.accountId}:connection/${name}/[0-9a-f]{32}$`,
      ),
    );
    expect(Connection?.CreatedAt).toBeInstanceOf(Date);
    await poll(
      () => connectionStatus(ctx.appRunner, name),
      (status) => status === "AVAILABLE",
      { what: "AVAILABLE" },
    );
  });

  // API_CreateConnection, ProviderType: "The source repository provider." (GITHUB | BITBUCKET)
  it("supports Bitbucket", async () => {
    const name = uniqueName("bitbucket", 32);
    const { Connection } = await createConnection(name, "BITBUCKET");
    expect(Connection?.ProviderType).toBe("BITBUCKET");
  });

  // API_ListConnections: "Returns a list of App Runner connections that are associated with your
  // Amazon Web Services account." ConnectionName: "If specified, only this connection is
  // returned. If not specified, the result isn't filtered by name."
  it("lists all connections and filters by name", async () => {
    const names = [uniqueName("list", 32), uniqueName("list", 32)];
    for (const name of names) await createConnection(name);
    const all = await ctx.appRunner.send(new ListConnectionsCommand({}));
    const listed = all.ConnectionSummaryList?.map((c) => c.ConnectionName);
    for (const name of names) expect(listed).toContain(name);
    const one = await ctx.appRunner.send(new ListConnectionsCommand({ ConnectionName: names[1] }));
    expect(one.ConnectionSummaryList?.map((c) => c.ConnectionName)).toEqual([names[1]]);
  });

  // API_DeleteConnection: "You must first ensure that there are no running App Runner services
  // that use this connection. If there are any, the DeleteConnection action fails."
  slow("cannot be deleted while a service uses them", async () => {
    const connection = await createAvailableConnection(ctx.appRunner);
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand(codeService(uniqueName("usesconn"), connection.ConnectionArn!)),
    );
    await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
    await expectAwsError(
      ctx.appRunner.send(new DeleteConnectionCommand({ ConnectionArn: connection.ConnectionArn })),
      "InvalidRequestException",
    );
    expect(await connectionStatus(ctx.appRunner, connection.ConnectionName!)).toBe("AVAILABLE");
  });

  it("answers an unknown ARN with ResourceNotFoundException", async () => {
    await expectAwsError(
      ctx.appRunner.send(
        new DeleteConnectionCommand({
          ConnectionArn: unknownArn("connection/none"),
        }),
      ),
      "ResourceNotFoundException",
    );
  });

  // API_CreateConnection, ConnectionName: "It must be unique across all App Runner connections for
  // the Amazon Web Services account in the Amazon Web Services Region."
  it("refuses a second connection with a name in use", async () => {
    const name = uniqueName("twice", 32);
    await createConnection(name);
    await expectAwsError(createConnection(name), "InvalidRequestException");
  });

  it("refuses a provider outside the enum and a bad name", async () => {
    await expectInvalidField(
      ctx.appRunner.send(
        new CreateConnectionCommand({
          ConnectionName: uniqueName("gitlab", 32),
          ProviderType: "GITLAB" as never,
        }),
      ),
      "providerType",
      RULE.enum,
    );
    await expectInvalidField(createConnection("no"), "connectionName");
    await expectInvalidField(createConnection("x".repeat(33)), "connectionName");
  });

  // API_DeleteConnection: Connection "A description of the App Runner connection that this
  // request just deleted."
  it("deletes: DELETED in the answer and gone from the list", async () => {
    const name = uniqueName("delete", 32);
    const { Connection } = await createConnection(name);
    const deleted = await ctx.appRunner.send(
      new DeleteConnectionCommand({ ConnectionArn: Connection!.ConnectionArn }),
    );
    expect(deleted.Connection).toMatchObject({ ConnectionName: name, Status: "DELETED" });
    const after = await ctx.appRunner.send(new ListConnectionsCommand({ ConnectionName: name }));
    expect(after.ConnectionSummaryList ?? []).toEqual([]);
  });
});
