import {
  CreateServiceCommand,
  ListTagsForResourceCommand,
  PauseServiceCommand,
  UpdateServiceCommand,
  type AppRunnerClient,
  type CreateServiceCommandInput,
  type OperationSummary,
  type Tag,
} from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { UpdateServiceState } from "@/app/services/[name]/[id]/edit/update-service-state";
import { serviceToValues } from "@/lib/apprunner/form/service-values";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { toWire } from "@/lib/apprunner/watch/wire";

import { makeClients } from "../support/clients";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { uniqueName } from "../support/names";
import { PUBLIC_IMAGE, outcomeTag } from "../support/service-requests";
import {
  describeService,
  listAllOperations,
  waitForOperationStatus,
  waitForServiceStatus,
} from "../support/wait-for";

// The action runs exactly as Next runs it, against a real emulator over HTTP; what it sent is
// read back as any client would read it: DescribeService, ListOperations, ListTagsForResource.
let emulator: EmulatorProcess;
let client: AppRunnerClient;
let updateService: typeof import("@/app/services/[name]/[id]/edit/actions").updateService;

beforeAll(async () => {
  emulator = await startEmulator({ operationMs: 400 });
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = emulator.endpoint;
  ({ updateService } = await import("@/app/services/[name]/[id]/edit/actions"));
  client = makeClients(emulator.endpoint).appRunner;
});

afterAll(async () => {
  client?.destroy();
  await emulator?.dispose();
});

/** An image service with a port and a variable, so an edit of one can be seen to keep the other. */
function imageService(name: string, tags: Tag[] = []): CreateServiceCommandInput {
  return {
    ServiceName: name,
    SourceConfiguration: {
      ImageRepository: {
        ImageIdentifier: PUBLIC_IMAGE,
        ImageRepositoryType: "ECR_PUBLIC",
        ImageConfiguration: { Port: "8080", RuntimeEnvironmentVariables: { GREETING: "hello" } },
      },
      AutoDeploymentsEnabled: false,
    },
    ...(tags.length ? { Tags: tags } : {}),
  };
}

async function createService(
  prefix: string,
  tags: Tag[] = [],
): Promise<{ arn: string; name: string; id: string }> {
  const { Service } = await client.send(
    new CreateServiceCommand(imageService(uniqueName(prefix), tags)),
  );
  return { arn: Service!.ServiceArn!, name: Service!.ServiceName!, id: Service!.ServiceId! };
}

async function runningService(prefix: string, tags: Tag[] = []) {
  const created = await createService(prefix, tags);
  await waitForServiceStatus(client, created.arn, "RUNNING");
  return created;
}

async function tagsOf(arn: string): Promise<Tag[]> {
  const { Tags } = await client.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
  return Tags ?? [];
}

/** What the edit screen opens on: the service's values and the UpdatedAt they are of. */
async function editBase(arn: string): Promise<{ values: WizardValues; baseUpdatedAt: string }> {
  const [service, tags] = await Promise.all([describeService(client, arn), tagsOf(arn)]);
  return {
    values: serviceToValues(toWire(service), toWire(tags)),
    baseUpdatedAt: service.UpdatedAt!.toISOString(),
  };
}

function form(
  arn: string,
  baseUpdatedAt: string,
  values: WizardValues,
  token: string = crypto.randomUUID(),
): FormData {
  const data = new FormData();
  data.set("token", token);
  data.set("arn", arn);
  data.set("baseUpdatedAt", baseUpdatedAt);
  data.set("values", JSON.stringify(values));
  return data;
}

/** Runs the action; a redirect (Next throws to redirect) comes back as its target URL. */
async function submit(data: FormData): Promise<UpdateServiceState | { redirect: string }> {
  try {
    return await updateService({ status: "idle" }, data);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2]! };
    throw error;
  }
}

type WriteCalls = Record<"UpdateService" | "TagResource" | "UntagResource", number>;

/** How many times the emulator was asked to change something an edit can change. */
async function writeCalls(): Promise<WriteCalls> {
  const flat = JSON.stringify(await (await fetch(`${emulator.endpoint}/__emulator/stats`)).json());
  const count = (operation: string) =>
    Number(new RegExp(`"(?:AppRunner\\.)?${operation}"\\s*:\\s*(\\d+)`).exec(flat)?.[1] ?? 0);
  return {
    UpdateService: count("UpdateService"),
    TagResource: count("TagResource"),
    UntagResource: count("UntagResource"),
  };
}

function newOperations(before: OperationSummary[], after: OperationSummary[]): OperationSummary[] {
  const seen = new Set(before.map((op) => op.Id));
  return after.filter((op) => !seen.has(op.Id));
}

function withPort(values: WizardValues, port: string): WizardValues {
  const next = structuredClone(values);
  next.build.port = port;
  return next;
}

/** Asserts that the action sent nothing: no write call reached App Runner, no operation began. */
async function expectNothingSent(
  arn: string,
  act: () => Promise<UpdateServiceState | { redirect: string }>,
): Promise<UpdateServiceState | { redirect: string }> {
  const calls = await writeCalls();
  const operations = await listAllOperations(client, arn);
  const tags = await tagsOf(arn);
  const result = await act();
  expect(await writeCalls()).toEqual(calls);
  expect(await listAllOperations(client, arn)).toEqual(operations);
  expect(await tagsOf(arn)).toEqual(tags);
  return result;
}

describe("the update-service server action", () => {
  it("applies a port change as one UpdateService and goes to the service's page", async () => {
    const { arn, name, id } = await runningService("edit-port");
    const { values, baseUpdatedAt } = await editBase(arn);
    const before = await listAllOperations(client, arn);

    const result = await submit(form(arn, baseUpdatedAt, withPort(values, "9090")));

    expect(result).toEqual({ redirect: `/services/${name}/${id}` });
    const started = newOperations(before, await listAllOperations(client, arn));
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ Type: "UPDATE_SERVICE" });
    await waitForOperationStatus(client, arn, started[0]!.Id!, "SUCCEEDED");
    await waitForServiceStatus(client, arn, "RUNNING");
    const after = await editBase(arn);
    // The port moved and nothing else did: the variable, the image, the tags are as they were.
    expect(after.values).toEqual(withPort(values, "9090"));
    expect(after.values.build.env).toEqual([{ name: "GREETING", value: "hello", kind: "plain" }]);
  });

  it("refuses an edit of a service that changed since it was opened, and shows the new base", async () => {
    const { arn } = await runningService("edit-stale");
    const { values, baseUpdatedAt } = await editBase(arn);
    // Someone else changes the service after the edit was opened.
    const { OperationId } = await client.send(
      new UpdateServiceCommand({
        ServiceArn: arn,
        SourceConfiguration: {
          ImageRepository: {
            ImageIdentifier: PUBLIC_IMAGE,
            ImageRepositoryType: "ECR_PUBLIC",
            ImageConfiguration: { Port: "8080", RuntimeEnvironmentVariables: { GREETING: "hi" } },
          },
          AutoDeploymentsEnabled: false,
        },
      }),
    );
    await waitForOperationStatus(client, arn, OperationId!, "SUCCEEDED");
    await waitForServiceStatus(client, arn, "RUNNING");
    const theirs = await editBase(arn);
    expect(theirs.baseUpdatedAt).not.toBe(baseUpdatedAt);

    const result = await expectNothingSent(arn, () =>
      submit(form(arn, baseUpdatedAt, withPort(values, "9090"))),
    );

    expect(result).toEqual({
      status: "stale",
      base: theirs.values,
      baseUpdatedAt: theirs.baseUpdatedAt,
    });
    if (!("status" in result) || result.status !== "stale") throw new Error("unreachable");
    expect(result.base.build.env).toEqual([{ name: "GREETING", value: "hi", kind: "plain" }]);
    expect(result.base.build.port).toBe("8080");
    expect((await describeService(client, arn)).SourceConfiguration?.ImageRepository).toEqual(
      expect.objectContaining({
        ImageConfiguration: { Port: "8080", RuntimeEnvironmentVariables: { GREETING: "hi" } },
      }),
    );
  });

  it("sends one UpdateService for a double submit and a retry of the same edit", async () => {
    const { arn, name, id } = await runningService("edit-once");
    const { values, baseUpdatedAt } = await editBase(arn);
    const before = await listAllOperations(client, arn);
    const calls = await writeCalls();
    const token = crypto.randomUUID();
    const next = withPort(values, "9090");

    const [a, b] = await Promise.all([
      submit(form(arn, baseUpdatedAt, next, token)),
      submit(form(arn, baseUpdatedAt, next, token)),
    ]);
    const retry = await submit(form(arn, baseUpdatedAt, next, token));

    expect(a).toEqual({ redirect: `/services/${name}/${id}` });
    expect(b).toEqual(a);
    expect(retry).toEqual(a);
    const started = newOperations(before, await listAllOperations(client, arn));
    expect(started.map((op) => op.Type)).toEqual(["UPDATE_SERVICE"]);
    expect((await writeCalls()).UpdateService).toBe(calls.UpdateService + 1);
  });

  it("refuses a change UpdateService can't make, on its field, and sends nothing", async () => {
    // "You can't change the name or the encryption configuration of the service. These can be
    // set only when you create the service." (API_UpdateService, App Runner API reference)
    const { arn } = await runningService("edit-locked");
    const { values, baseUpdatedAt } = await editBase(arn);
    const renamed = withPort(values, "9090");
    renamed.service.name = uniqueName("edit-renamed");

    const result = await expectNothingSent(arn, () => submit(form(arn, baseUpdatedAt, renamed)));

    expect(result).toMatchObject({
      status: "error",
      fieldErrors: [{ path: "service.name", message: expect.stringMatching(/never renames/) }],
    });
  });

  it("says there is nothing to apply when the form matches the service, and sends nothing", async () => {
    const { arn } = await runningService("edit-same");
    const { values, baseUpdatedAt } = await editBase(arn);

    const result = await expectNothingSent(arn, () => submit(form(arn, baseUpdatedAt, values)));

    expect(result).toMatchObject({
      status: "error",
      message: expect.stringMatching(/^Nothing to apply/),
      fieldErrors: [],
    });
  });

  it("changes only the tags when only the tags change: no operation starts", async () => {
    // "To update the tags applied to your service, use the separate actions TagResource and
    // UntagResource." (API_UpdateService, App Runner API reference)
    const { arn, name, id } = await runningService("edit-tags", [
      { Key: "team", Value: "web" },
      { Key: "stage", Value: "test" },
    ]);
    const { values, baseUpdatedAt } = await editBase(arn);
    const before = await listAllOperations(client, arn);
    const calls = await writeCalls();
    const next = structuredClone(values);
    next.service.tags = [
      { key: "team", value: "web" },
      { key: "owner", value: "ops" },
    ];

    const result = await submit(form(arn, baseUpdatedAt, next));

    expect(result).toEqual({ redirect: `/services/${name}/${id}` });
    const tags = await tagsOf(arn);
    expect(Object.fromEntries(tags.map((t) => [t.Key, t.Value]))).toEqual({
      team: "web",
      owner: "ops",
    });
    expect(await listAllOperations(client, arn)).toEqual(before);
    expect((await writeCalls()).UpdateService).toBe(calls.UpdateService);
    expect((await describeService(client, arn)).Status).toBe("RUNNING");
  });

  it("retries a failed create: removing the failing tag untags and sends an UpdateService", async () => {
    // CREATE_FAILED: "Read the failure events and logs, change any parameters that need to be
    // fixed, and retry the call to create the service." (API_ServiceSummary) A failed service is
    // retried with UpdateService, here with no configuration change at all.
    const { arn, name, id } = await createService("edit-retry", [outcomeTag("fail-health-check")]);
    await waitForServiceStatus(client, arn, "CREATE_FAILED");
    const { values, baseUpdatedAt } = await editBase(arn);
    const before = await listAllOperations(client, arn);
    const next = structuredClone(values);
    next.service.tags = [];

    const result = await submit(form(arn, baseUpdatedAt, next));

    expect(result).toEqual({ redirect: `/services/${name}/${id}` });
    expect(await tagsOf(arn)).toEqual([]);
    const started = newOperations(before, await listAllOperations(client, arn));
    expect(started.map((op) => op.Type)).toEqual(["UPDATE_SERVICE"]);
    await waitForOperationStatus(client, arn, started[0]!.Id!, "SUCCEEDED");
    const service = await waitForServiceStatus(client, arn, "RUNNING");
    expect(service.SourceConfiguration?.ImageRepository?.ImageConfiguration?.Port).toBe("8080");
  });

  it("refuses to update a paused service, with the reason, and sends nothing", async () => {
    const { arn } = await runningService("edit-paused");
    await client.send(new PauseServiceCommand({ ServiceArn: arn }));
    await waitForServiceStatus(client, arn, "PAUSED");
    const { values, baseUpdatedAt } = await editBase(arn);

    const result = await expectNothingSent(arn, () =>
      submit(form(arn, baseUpdatedAt, withPort(values, "9090"))),
    );

    expect(result).toMatchObject({
      status: "error",
      message: expect.stringContaining("A paused service can't be updated. Resume it first."),
    });
    expect((await describeService(client, arn)).Status).toBe("PAUSED");
  });

  it.each(["abc", "0"])("refuses port %j on the port field, and sends nothing", async (port) => {
    const { arn } = await runningService("edit-bad-port");
    const { values, baseUpdatedAt } = await editBase(arn);

    const result = await expectNothingSent(arn, () =>
      submit(form(arn, baseUpdatedAt, withPort(values, port))),
    );

    expect(result).toMatchObject({ status: "error" });
    if (!("status" in result) || result.status !== "error") throw new Error("unreachable");
    expect(result.fieldErrors.map((issue) => issue.path)).toContain("build.port");
  });
});
