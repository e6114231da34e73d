/**
 * NextToken paging on List calls within the model's MaxResults limits: every item once, in a
 * stable order, and out-of-range page sizes refused (ListServices and ListOperations take 1–20,
 * most others 1–100, DescribeCustomDomains 1–5).
 */
import {
  CreateAutoScalingConfigurationCommand,
  CreateServiceCommand,
  DescribeCustomDomainsCommand,
  ListAutoScalingConfigurationsCommand,
  ListConnectionsCommand,
  ListObservabilityConfigurationsCommand,
  ListOperationsCommand,
  ListServicesCommand,
  ListServicesForAutoScalingConfigurationCommand,
  ListVpcConnectorsCommand,
  ListVpcIngressConnectionsCommand,
  StartDeploymentCommand,
  type Service,
} from "@aws-sdk/client-apprunner";
import { beforeAll, describe, expect, it } from "vitest";

import { expectAwsError, expectInvalidField, RULE } from "../support/aws-error";
import { uniqueName } from "../support/names";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { emulatorOnly, LONG_TEST_MS } from "../support/target";
import {
  listAllOperations,
  waitForOperationStatus,
  waitForServiceStatus,
} from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 150 });

const SERVICE_COUNT = 23;
let services: Service[] = [];

beforeAll(async () => {
  const created = await Promise.all(
    Array.from({ length: SERVICE_COUNT }, () =>
      ctx.appRunner.send(new CreateServiceCommand(publicImageService(uniqueName("page")))),
    ),
  );
  services = created.map((result) => result.Service!);
}, LONG_TEST_MS);

async function walkServices(maxResults?: number) {
  const arns: string[] = [];
  let NextToken: string | undefined;
  let pages = 0;
  do {
    const page = await ctx.appRunner.send(
      new ListServicesCommand({ MaxResults: maxResults, NextToken }),
    );
    const items = page.ServiceSummaryList ?? [];
    expect(items.length).toBeLessThanOrEqual(maxResults ?? 20);
    arns.push(...items.map((s) => s.ServiceArn!));
    NextToken = page.NextToken;
    pages += 1;
  } while (NextToken && pages < 100);
  return { arns, pages };
}

describe("ListServices", () => {
  const countsAll = it.skipIf(emulatorOnly("walks all services: no other services being made"));
  countsAll("walks every service once with MaxResults 5", async () => {
    const { arns, pages } = await walkServices(5);
    expect(new Set(arns).size).toBe(arns.length);
    expect([...arns].sort()).toEqual(services.map((s) => s.ServiceArn!).sort());
    expect(pages).toBe(Math.ceil(SERVICE_COUNT / 5));
  });

  countsAll("returns at most 20 per page by default, with a NextToken for the rest", async () => {
    const first = await ctx.appRunner.send(new ListServicesCommand({}));
    expect(first.ServiceSummaryList?.length).toBeLessThanOrEqual(20);
    expect(first.NextToken).toBeTruthy();
    const { arns } = await walkServices(undefined);
    expect(arns).toHaveLength(SERVICE_COUNT);
  });

  countsAll("gives the same order on every walk", async () => {
    const a = await walkServices(4);
    const b = await walkServices(7);
    expect(b.arns).toEqual(a.arns);
  });

  it("accepts MaxResults 1 and 20", async () => {
    for (const MaxResults of [1, 20]) {
      const page = await ctx.appRunner.send(new ListServicesCommand({ MaxResults }));
      expect(page.ServiceSummaryList).toHaveLength(MaxResults);
    }
  });

  it("refuses a NextToken it did not issue", async () => {
    await expectAwsError(
      ctx.appRunner.send(new ListServicesCommand({ NextToken: "not-a-token-we-issued" })),
      "InvalidRequestException",
    );
  });
});

describe("ListOperations", () => {
  // prettier-ignore
  it("pages more than 20 operations newest first", async () => {
    const arn = services[0]!.ServiceArn!;
    await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
    const deployed: string[] = [];
    for (let i = 0; i < 21; i += 1) {
      const { OperationId } = await ctx.appRunner.send(
        new StartDeploymentCommand({ ServiceArn: arn }),
      );
      await waitForOperationStatus(ctx.appRunner, arn, OperationId!, "SUCCEEDED");
      await waitForServiceStatus(ctx.appRunner, arn, "RUNNING");
      deployed.push(OperationId!);
    }
    const all = await listAllOperations(ctx.appRunner, arn);
    expect(all).toHaveLength(22);
    expect(all.slice(0, 21).map((o) => o.Id)).toEqual([...deployed].reverse());
    expect(all.at(-1)?.Type).toBe("CREATE_SERVICE");

    const small: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await ctx.appRunner.send(
        new ListOperationsCommand({ ServiceArn: arn, MaxResults: 6, NextToken }),
      );
      expect(page.OperationSummaryList!.length).toBeLessThanOrEqual(6);
      small.push(...page.OperationSummaryList!.map((o) => o.Id!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(small).toEqual(all.map((o) => o.Id));
  }, LONG_TEST_MS);
});

describe("ListAutoScalingConfigurations", () => {
  it("pages 25 revisions with MaxResults 10, and LatestOnly keeps one per name", async () => {
    const names = Array.from({ length: 5 }, () => uniqueName("pg", 32));
    for (const name of names) {
      for (let revision = 0; revision < 5; revision += 1) {
        await ctx.appRunner.send(
          new CreateAutoScalingConfigurationCommand({ AutoScalingConfigurationName: name }),
        );
      }
    }
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await ctx.appRunner.send(
        new ListAutoScalingConfigurationsCommand({ LatestOnly: false, MaxResults: 10, NextToken }),
      );
      expect(page.AutoScalingConfigurationSummaryList!.length).toBeLessThanOrEqual(10);
      seen.push(
        ...page.AutoScalingConfigurationSummaryList!.map((c) => c.AutoScalingConfigurationArn!),
      );
      NextToken = page.NextToken;
    } while (NextToken);
    expect(new Set(seen).size).toBe(seen.length);
    const ours = seen.filter((arn) => names.some((name) => arn.includes(`/${name}/`)));
    expect(ours).toHaveLength(25);

    const latest = await ctx.appRunner.send(
      new ListAutoScalingConfigurationsCommand({ LatestOnly: true, MaxResults: 100 }),
    );
    const latestOurs = latest.AutoScalingConfigurationSummaryList!.filter((c) =>
      names.includes(c.AutoScalingConfigurationName!),
    );
    expect(latestOurs).toHaveLength(5);
    expect(latestOurs.every((c) => c.AutoScalingConfigurationRevision === 5)).toBe(true);
  });
});

describe("MaxResults out of range", () => {
  const serviceArn = () => services[0]!.ServiceArn!;
  const defaultAsArn = () =>
    services[0]!.AutoScalingConfigurationSummary!.AutoScalingConfigurationArn!;
  const cases: [string, (max: number) => Promise<unknown>, number][] = [
    ["ListServices", (m) => ctx.appRunner.send(new ListServicesCommand({ MaxResults: m })), 20],
    [
      "ListOperations",
      (m) =>
        ctx.appRunner.send(new ListOperationsCommand({ ServiceArn: serviceArn(), MaxResults: m })),
      20,
    ],
    [
      "ListAutoScalingConfigurations",
      (m) => ctx.appRunner.send(new ListAutoScalingConfigurationsCommand({ MaxResults: m })),
      100,
    ],
    [
      "ListConnections",
      (m) => ctx.appRunner.send(new ListConnectionsCommand({ MaxResults: m })),
      100,
    ],
    [
      "ListObservabilityConfigurations",
      (m) => ctx.appRunner.send(new ListObservabilityConfigurationsCommand({ MaxResults: m })),
      100,
    ],
    [
      "ListVpcConnectors",
      (m) => ctx.appRunner.send(new ListVpcConnectorsCommand({ MaxResults: m })),
      100,
    ],
    [
      "ListVpcIngressConnections",
      (m) => ctx.appRunner.send(new ListVpcIngressConnectionsCommand({ MaxResults: m })),
      100,
    ],
    [
      "ListServicesForAutoScalingConfiguration",
      (m) =>
        ctx.appRunner.send(
          new ListServicesForAutoScalingConfigurationCommand({
            AutoScalingConfigurationArn: defaultAsArn(),
            MaxResults: m,
          }),
        ),
      100,
    ],
    [
      "DescribeCustomDomains",
      (m) =>
        ctx.appRunner.send(
          new DescribeCustomDomainsCommand({ ServiceArn: serviceArn(), MaxResults: m }),
        ),
      5,
    ],
  ];

  it.each(cases)("%s refuses 0 and max+1, accepts max", async (_name, call, max) => {
    await expectInvalidField(call(0), "maxResults", RULE.range);
    await expectInvalidField(call(max + 1), "maxResults", RULE.range);
    await expect(call(max)).resolves.toBeDefined();
  });
});
