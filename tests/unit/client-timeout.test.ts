import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { AppRunnerClient, ListServicesCommand } from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, expect, it } from "vitest";

import { clientConfig } from "@/lib/apprunner/client";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { parseSettings } from "@/lib/env";

let hung: Server;
let endpoint: string;

beforeAll(async () => {
  // Accepts connections and never answers, like an endpoint that has stopped responding.
  hung = createServer(() => {});
  await new Promise<void>((resolve) => hung.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
});

afterAll(async () => {
  hung.closeAllConnections();
  await new Promise((resolve) => hung.close(resolve));
});

it(
  "gives up on an endpoint that never answers, and calls the outcome ambiguous",
  { timeout: 10_000 },
  async () => {
    const result = parseSettings({ APPRUNNER_ENDPOINT: endpoint });
    if (!result.ok) throw new Error(result.error);
    const config = clientConfig(result.settings, {});
    // The factory's handler settings, with a shorter wait so the test is quick.
    const client = new AppRunnerClient({
      ...config,
      maxAttempts: 1,
      requestHandler: { ...config.requestHandler, requestTimeout: 300 },
    });
    const error = await client.send(new ListServicesCommand({})).then(
      () => undefined,
      (e: unknown) => e,
    );
    client.destroy();
    expect(toAppRunnerFailure(error)).toMatchObject({ kind: "no-answer", ambiguous: true });
  },
);
