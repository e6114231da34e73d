/**
 * A service's URL answers through the emulator (emulator/proxy): a code service's URL serves the
 * app that runs from its repository, a paused one answers as paused, an image service shows a
 * page with its configuration, and a name that is no service's gets a 404. Emulator-only: on
 * AWS the URL is App Runner's own.
 */
import {
  AssociateCustomDomainCommand,
  CreateServiceCommand,
  DeleteServiceCommand,
  DescribeCustomDomainsCommand,
  DisassociateCustomDomainCommand,
  PauseServiceCommand,
  ResumeServiceCommand,
} from "@aws-sdk/client-apprunner";
import { execFileSync, spawnSync } from "node:child_process";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { makeClients, type Clients } from "../support/clients";
import { createAvailableConnection } from "../support/connections";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";
import { createAppRepo, type AppRepo } from "../support/local-app-repo";
import { uniqueName } from "../support/names";
import { poll } from "../support/poll";
import { publicImageService } from "../support/service-requests";
import { requestServiceUrl, runningCodeService, waitForStatus } from "../support/service-url";
import { emulatorOnly } from "../support/target";

const hasCurl = spawnSync("curl", ["--version"], { stdio: "ignore" }).status === 0;

describe.skipIf(emulatorOnly("the emulator's own service URLs: apps it runs behind its proxy"))(
  "a service's URL",
  () => {
    let emulator: EmulatorProcess;
    let clients: Clients;
    let repo: AppRepo;
    let connectionArn: string;

    beforeAll(async () => {
      repo = createAppRepo();
      emulator = await startEmulator({ codeServices: "run", reposDir: repo.reposDir });
      clients = makeClients(emulator.endpoint);
      connectionArn = (await createAvailableConnection(clients.appRunner)).ConnectionArn!;
    }, 60_000);

    afterAll(async () => {
      clients?.appRunner.destroy();
      clients?.logs.destroy();
      await emulator?.dispose();
      repo?.dispose();
    });

    const codeService = (name: string) =>
      runningCodeService(clients.appRunner, {
        name: uniqueName(name),
        repositoryUrl: repo.repositoryUrl,
        connectionArn,
      });

    it("serves the running app at ServiceUrl, <id>.<region>.localhost:<emulator port>", async () => {
      const service = await codeService("url");
      const port = new URL(emulator.endpoint).port;
      expect(service.ServiceUrl).toMatch(
        new RegExp(`^[a-z0-9]{10}\\.us-east-1\\.localhost:${port}$`),
      );
      const answer = await requestServiceUrl(emulator.endpoint, service.ServiceUrl!);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatch(/^hello from the test app \(pid \d+\)$/);
    }, 60_000);

    it.skipIf(!hasCurl)(
      "opens with curl as it is: a *.localhost name reaches loopback",
      async () => {
        const service = await codeService("curl");
        const body = execFileSync(
          "curl",
          ["-sS", "--max-time", "10", `http://${service.ServiceUrl}/`],
          {
            encoding: "utf8",
          },
        );
        expect(body).toMatch(/^hello from the test app/);
      },
      60_000,
    );

    it("passes the client's Host and X-Forwarded-* to the app, and streams both bodies", async () => {
      const service = await codeService("headers");
      const url = service.ServiceUrl!;
      const seen = JSON.parse(
        (await requestServiceUrl(emulator.endpoint, url, "/headers")).body,
      ) as Record<string, string>;
      expect(seen.host).toBe(url);
      expect(seen["x-forwarded-host"]).toBe(url);
      expect(seen["x-forwarded-proto"]).toBe("http");
      expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
      expect(seen["x-forwarded-port"]).toBe(new URL(emulator.endpoint).port);

      const big = "x".repeat(2 * 1024 * 1024);
      const echoed = await requestServiceUrl(emulator.endpoint, url, "/echo", {
        method: "POST",
        body: big,
      });
      expect(echoed.body.length).toBe(big.length);

      // The app writes a line every 100 ms: the first one arrives long before the last.
      const { hostname, port } = new URL(emulator.endpoint);
      const arrivals = await new Promise<number[]>((resolve, reject) => {
        const started = Date.now();
        const times: number[] = [];
        request({ host: hostname, port, path: "/drip?n=5", headers: { host: url } }, (res) => {
          res.on("data", () => times.push(Date.now() - started));
          res.on("end", () => resolve(times));
        })
          .on("error", reject)
          .end();
      });
      expect(arrivals.length).toBeGreaterThanOrEqual(2);
      expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThan(250);
    }, 60_000);

    it("answers as paused while the service is paused, and serves the app again after resume", async () => {
      const service = await codeService("pause");
      const arn = service.ServiceArn!;
      await clients.appRunner.send(new PauseServiceCommand({ ServiceArn: arn }));
      await waitForStatus(clients.appRunner, arn, "PAUSED");
      // manage-pause: "App Runner reduces the compute capacity for the service to zero" and "your
      // application retains its App Runner domain": the name answers, with no app behind it.
      const paused = await requestServiceUrl(emulator.endpoint, service.ServiceUrl!);
      expect(paused.status).toBe(503);
      expect(paused.headers["content-type"]).toMatch(/^text\/html/);
      expect(paused.body).toContain("This service is paused");

      await clients.appRunner.send(new ResumeServiceCommand({ ServiceArn: arn }));
      const resumed = await waitForStatus(clients.appRunner, arn, "RUNNING");
      expect(resumed.ServiceUrl).toBe(service.ServiceUrl);
      const again = await requestServiceUrl(emulator.endpoint, service.ServiceUrl!);
      expect(again.status).toBe(200);
      expect(again.body).toMatch(/^hello from the test app/);
    }, 90_000);

    it("answers a deleted service's URL with 404", async () => {
      const service = await codeService("deleted");
      const arn = service.ServiceArn!;
      await clients.appRunner.send(new DeleteServiceCommand({ ServiceArn: arn }));
      await waitForStatus(clients.appRunner, arn, "DELETED");
      const gone = await requestServiceUrl(emulator.endpoint, service.ServiceUrl!);
      expect(gone.status).toBe(404);
      expect(gone.body).toContain("This service was deleted");
    }, 60_000);

    it("shows an image service's configuration on a page that says it is simulated, escaped", async () => {
      const input = publicImageService(uniqueName("image"));
      input.SourceConfiguration!.ImageRepository!.ImageConfiguration = {
        Port: "8000",
        RuntimeEnvironmentVariables: { "<script>alert(1)</script>": "value-never-shown" },
      };
      const { Service } = await clients.appRunner.send(new CreateServiceCommand(input));
      await waitForStatus(clients.appRunner, Service!.ServiceArn!, "RUNNING");
      const page = await requestServiceUrl(emulator.endpoint, Service!.ServiceUrl!);
      expect(page.status).toBe(200);
      expect(page.body).toContain(`${Service!.ServiceName} is simulated`);
      expect(page.body).toContain("public.ecr.aws/aws-containers/hello-app-runner:latest");
      expect(page.body).toContain("<dt>Port</dt><dd>8000</dd>");
      expect(page.body).toMatch(/container engine/);
      // Names escaped, values never shown.
      expect(page.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(page.body).not.toContain("<script>");
      expect(page.body).not.toContain("value-never-shown");
    }, 60_000);

    it("serves the app under its ACTIVE custom domains: the name, www. and a wildcard's names", async () => {
      const service = await codeService("domains");
      const arn = service.ServiceArn!;
      const domains = async () =>
        (await clients.appRunner.send(new DescribeCustomDomainsCommand({ ServiceArn: arn })))
          .CustomDomains ?? [];
      // API_CustomDomain: "When true, the subdomain www.DomainName is associated with the App
      // Runner service in addition to the base domain"; DomainName "can be a root domain
      // (for example, example.com), a subdomain ..., or a wildcard (for example, *.example.com)".
      for (const [DomainName, EnableWWWSubdomain] of [
        ["Shop.Example.com", true],
        ["*.apps.example.com", false],
      ] as const)
        await clients.appRunner.send(
          new AssociateCustomDomainCommand({ ServiceArn: arn, DomainName, EnableWWWSubdomain }),
        );
      await poll(domains, (all) => all.length === 2 && all.every((d) => d.Status === "ACTIVE"), {
        what: "both domains ACTIVE",
        timeoutMs: 30_000,
      });

      const port = new URL(emulator.endpoint).port;
      for (const host of [
        "shop.example.com",
        `www.shop.example.com:${port}`,
        "a.apps.example.com",
      ]) {
        const answer = await requestServiceUrl(emulator.endpoint, host);
        expect(answer.status, host).toBe(200);
        expect(answer.body, host).toMatch(/^hello from the test app/);
      }
      // Not the domain's: another name under it, or two labels under the wildcard.
      for (const host of ["other.example.com", "a.b.apps.example.com", "www.a.apps.example.com"]) {
        const answer = await requestServiceUrl(emulator.endpoint, host);
        expect(answer.body, host).not.toMatch(/hello from the test app/);
      }

      await clients.appRunner.send(
        new DisassociateCustomDomainCommand({ ServiceArn: arn, DomainName: "shop.example.com" }),
      );
      const after = await requestServiceUrl(emulator.endpoint, "shop.example.com");
      expect(after.body).not.toMatch(/hello from the test app/);
    }, 90_000);

    it("answers 404 for a name that is no service's and keeps the API on the emulator's address", async () => {
      const port = new URL(emulator.endpoint).port;
      const unknown = await requestServiceUrl(
        emulator.endpoint,
        `zzzzzzzzzz.us-east-1.localhost:${port}`,
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body).toContain("No such service");
      // An API call is still an API call under such a name (an endpoint named api.localhost).
      const call = await requestServiceUrl(emulator.endpoint, `api.localhost:${port}`, "/", {
        method: "POST",
        headers: {
          "x-amz-target": "AppRunner.ListServices",
          "content-type": "application/x-amz-json-1.0",
        },
        body: "{}",
      });
      expect(call.status).toBe(403);
      expect(JSON.parse(call.body)).toMatchObject({
        __type: "MissingAuthenticationTokenException",
      });
      const api = await requestServiceUrl(
        emulator.endpoint,
        `127.0.0.1:${port}`,
        "/__emulator/health",
      );
      expect(api.status).toBe(200);
    });
  },
);
