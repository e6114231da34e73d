/**
 * A service's URL after the emulator restarts on another port (as `--port 0` does): the stored
 * ServiceUrl follows the new port, keeps its ten characters, and serves the app again once the
 * runtime has brought it back. Emulator-only: it restarts the emulator's process.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { makeClients, type Clients } from "../support/clients";
import { createAvailableConnection } from "../support/connections";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { createAppRepo, type AppRepo } from "../support/local-app-repo";
import { uniqueName } from "../support/names";
import { poll } from "../support/poll";
import { requestServiceUrl, runningCodeService, serviceStatus } from "../support/service-url";
import { emulatorOnly } from "../support/target";

describe.skipIf(emulatorOnly("restarts the emulator's process"))(
  "a service's URL across a restart",
  () => {
    let emulator: EmulatorProcess;
    let clients: Clients;
    let repo: AppRepo;

    beforeAll(async () => {
      repo = createAppRepo();
      emulator = await startEmulator({ codeServices: "run", reposDir: repo.reposDir });
      clients = makeClients(emulator.endpoint);
    }, 60_000);

    afterAll(async () => {
      clients?.appRunner.destroy();
      clients?.logs.destroy();
      await emulator?.dispose();
      repo?.dispose();
    });

    it("follows the emulator to its new port and serves the app again", async () => {
      const connection = await createAvailableConnection(clients.appRunner);
      const before = await runningCodeService(clients.appRunner, {
        name: uniqueName("restart"),
        repositoryUrl: repo.repositoryUrl,
        connectionArn: connection.ConnectionArn!,
      });
      const oldPort = new URL(emulator.endpoint).port;
      let endpoint = await emulator.restart();
      // Another free port may, rarely, be the same one; restart until it differs.
      for (let i = 0; i < 3 && new URL(endpoint).port === oldPort; i++)
        endpoint = await emulator.restart();
      clients.appRunner.destroy();
      clients.logs.destroy();
      clients = makeClients(endpoint);
      const newPort = new URL(endpoint).port;

      const after = await serviceStatus(clients.appRunner, before.ServiceArn!);
      const slug = before.ServiceUrl!.split(".")[0];
      expect(after.ServiceUrl).toBe(`${slug}.us-east-1.localhost:${newPort}`);
      const answer = await poll(
        () => requestServiceUrl(endpoint, after.ServiceUrl!),
        (a) => a.status === 200,
        { timeoutMs: 30_000, intervalMs: 200, what: "the app back after the restart" },
      );
      expect(answer.body).toMatch(/^hello from the test app/);
    }, 90_000);
  },
);
