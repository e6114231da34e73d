/**
 * Under `--code-services simulate` no code runs, yet a service's URL is never a dead link: the
 * emulator answers it with a page that says the service is simulated. ServiceUrl keeps AWS's form
 * there unless `--service-urls local` asks for the local one; the proxy answers both forms.
 * Emulator-only.
 */
import { CreateServiceCommand } from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { makeClients, type Clients } from "../support/clients";
import { createAvailableConnection } from "../support/connections";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { uniqueName } from "../support/names";
import { codeService } from "../support/service-requests";
import { requestServiceUrl, waitForStatus } from "../support/service-url";
import { emulatorOnly } from "../support/target";

describe.skipIf(emulatorOnly("the emulator's pages for simulated services"))(
  "a simulated code service's URL",
  () => {
    let emulator: EmulatorProcess;
    let clients: Clients;

    beforeAll(async () => {
      emulator = await startEmulator({ args: ["--service-urls", "local"] });
      clients = makeClients(emulator.endpoint);
    }, 60_000);

    afterAll(async () => {
      clients?.appRunner.destroy();
      clients?.logs.destroy();
      await emulator?.dispose();
    });

    it("answers with a page saying the service is simulated, with its build and start settings", async () => {
      const connection = await createAvailableConnection(clients.appRunner);
      const { Service } = await clients.appRunner.send(
        new CreateServiceCommand(codeService(uniqueName("sim"), connection.ConnectionArn!)),
      );
      const port = new URL(emulator.endpoint).port;
      expect(Service!.ServiceUrl).toMatch(new RegExp(`\\.localhost:${port}$`));
      await waitForStatus(clients.appRunner, Service!.ServiceArn!, "RUNNING");
      const page = await requestServiceUrl(emulator.endpoint, Service!.ServiceUrl!);
      expect(page.status).toBe(200);
      expect(page.body).toContain(`${Service!.ServiceName} is simulated`);
      expect(page.body).toContain("--code-services simulate");
      expect(page.body).toContain("https://github.com/example-org/python-hello");
      expect(page.body).toContain("<dt>Start command</dt><dd>python server.py</dd>");

      // The same service answers under App Runner's form of its name.
      const [slug] = Service!.ServiceUrl!.split(".");
      const awsForm = await requestServiceUrl(
        emulator.endpoint,
        `${slug}.us-east-1.awsapprunner.com`,
      );
      expect(awsForm.body).toContain(`${Service!.ServiceName} is simulated`);
    });
  },
);
