import { AppRunnerClient, CreateServiceCommand } from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CreateServiceState } from "@/app/services/new/create-service-state";
import { blankValues } from "@/lib/apprunner/form/defaults";
import type { WizardValues } from "@/lib/apprunner/form/wizard-schema";

import { startEmulator, type EmulatorProcess } from "../support/emulator-process";

// The action runs exactly as Next runs it, against a real emulator over HTTP; only the
// browser is missing, which is the point: the server must not trust what it is sent.
let emulator: EmulatorProcess;
let createService: typeof import("@/app/services/new/actions").createService;

const MAX_SERVICES = 6;

beforeAll(async () => {
  emulator = await startEmulator({ args: ["--max-services", String(MAX_SERVICES)] });
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = emulator.endpoint;
  ({ createService } = await import("@/app/services/new/actions"));
});

afterAll(async () => {
  await emulator?.dispose();
});

function sdk(): AppRunnerClient {
  return new AppRunnerClient({
    region: "us-east-1",
    endpoint: emulator.endpoint,
    credentials: { accessKeyId: "t", secretAccessKey: "t" },
  });
}

function form(values: unknown, token = crypto.randomUUID()): FormData {
  const data = new FormData();
  data.set("values", JSON.stringify(values));
  data.set("token", token);
  return data;
}

function imageValues(name: string): WizardValues {
  const v = blankValues();
  v.source.imageIdentifier = "public.ecr.aws/nginx/nginx:latest";
  v.service.name = name;
  return v;
}

/** Runs the action; a redirect (Next throws to redirect) comes back as its target URL. */
async function submit(data: FormData): Promise<CreateServiceState | { redirect: string }> {
  try {
    return await createService({ status: "idle" }, data);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2]! };
    throw error;
  }
}

async function createCalls(): Promise<number> {
  const stats = (await (await fetch(`${emulator.endpoint}/__emulator/stats`)).json()) as Record<
    string,
    unknown
  >;
  const flat = JSON.stringify(stats);
  const match = /"(?:AppRunner\.)?CreateService"\s*:\s*(\d+)/.exec(flat);
  return match ? Number(match[1]) : 0;
}

describe("the create-service server action", () => {
  it("refuses a request the browser should never have sent, at the field, without calling App Runner", async () => {
    const before = await createCalls();
    const tampered = imageValues("x");
    tampered.healthCheck.interval = 99;
    const result = await submit(form(tampered));
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: [
        { path: "healthCheck.interval", message: expect.stringMatching(/1 to 20/) },
        { path: "service.name", message: expect.stringMatching(/4–40/) },
      ],
    });
    expect(await createCalls()).toBe(before);
  });

  it("creates the service and redirects to its live page", async () => {
    const result = await submit(form(imageValues("action-created")));
    expect(result).toEqual({
      redirect: expect.stringMatching(/^\/services\/action-created\/[0-9a-f]{32}$/),
    });
  });

  it("creates one service for a double submit and a retry of the same draft", async () => {
    const before = await createCalls();
    const token = crypto.randomUUID();
    const values = imageValues("action-once");
    const [a, b] = await Promise.all([submit(form(values, token)), submit(form(values, token))]);
    const c = await submit(form(values, token));
    expect(a).toEqual(b);
    expect(c).toEqual(a);
    expect(a).toHaveProperty("redirect");
    expect(await createCalls()).toBe(before + 1);
  });

  it("puts App Runner's 'name taken' on the name field", async () => {
    await sdk().send(
      new CreateServiceCommand({
        ServiceName: "action-taken",
        SourceConfiguration: {
          ImageRepository: {
            ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
            ImageRepositoryType: "ECR_PUBLIC",
          },
          AutoDeploymentsEnabled: false,
        },
      }),
    );
    const result = await submit(form(imageValues("action-taken")));
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: [{ path: "service.name", message: expect.stringMatching(/already exists/) }],
    });
  });

  it("reports a quota as a page-level message", async () => {
    // Fill the emulator's service quota, then ask for one more.
    for (let i = 0; ; i++) {
      const r = await submit(form(imageValues(`action-fill-${i}`)));
      if (!("redirect" in r)) break;
      expect(i).toBeLessThan(MAX_SERVICES);
    }
    const result = await submit(form(imageValues("action-over-quota")));
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: [],
      message: expect.stringMatching(/quota/i),
    });
  });
});
