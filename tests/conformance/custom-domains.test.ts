/** Custom domains: association, certificate validation records, ACTIVE after a while, removal. */
import {
  AssociateCustomDomainCommand,
  CreateServiceCommand,
  DescribeCustomDomainsCommand,
  DisassociateCustomDomainCommand,
  type Service,
} from "@aws-sdk/client-apprunner";
import { beforeAll, describe, expect, it } from "vitest";

import { expectAwsError, expectInvalidField } from "../support/aws-error";
import { uniqueName, unknownArn } from "../support/names";
import { poll } from "../support/poll";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 300 });

let service: Service;

beforeAll(async () => {
  const { Service: created } = await ctx.appRunner.send(
    new CreateServiceCommand(publicImageService(uniqueName("domains"))),
  );
  service = await waitForServiceStatus(ctx.appRunner, created!.ServiceArn!, "RUNNING");
});

async function domainsOf(serviceArn: string) {
  return ctx.appRunner.send(new DescribeCustomDomainsCommand({ ServiceArn: serviceArn }));
}

describe("custom domains", () => {
  it("associate, get validation records, become ACTIVE, then disassociate", async () => {
    const associated = await ctx.appRunner.send(
      new AssociateCustomDomainCommand({
        ServiceArn: service.ServiceArn,
        DomainName: "app.example.com",
        EnableWWWSubdomain: true,
      }),
    );
    expect(associated.ServiceArn).toBe(service.ServiceArn);
    expect(associated.DNSTarget).toBe(service.ServiceUrl);
    expect(associated.CustomDomain).toMatchObject({
      DomainName: "app.example.com",
      EnableWWWSubdomain: true,
    });
    expect(["CREATING", "PENDING_CERTIFICATE_DNS_VALIDATION"]).toContain(
      associated.CustomDomain?.Status,
    );
    expect(associated.VpcDNSTargets).toEqual([]);

    const withRecords = await poll(
      () => domainsOf(service.ServiceArn!),
      (r) => (r.CustomDomains?.[0]?.CertificateValidationRecords?.length ?? 0) > 0,
      { what: "certificate validation records" },
    );
    for (const record of withRecords.CustomDomains![0]!.CertificateValidationRecords!) {
      expect(record.Type).toBe("CNAME");
      expect(record.Name).toMatch(/example\.com\.?$/);
      expect(record.Value).toBeTruthy();
      expect(["PENDING_VALIDATION", "SUCCESS"]).toContain(record.Status);
    }

    const active = await poll(
      () => domainsOf(service.ServiceArn!),
      (r) => r.CustomDomains?.[0]?.Status === "ACTIVE",
      { what: "the domain ACTIVE", timeoutMs: 30_000 },
    );
    expect(active.DNSTarget).toBe(service.ServiceUrl);
    expect(
      active.CustomDomains![0]!.CertificateValidationRecords!.every((r) => r.Status === "SUCCESS"),
    ).toBe(true);

    const removed = await ctx.appRunner.send(
      new DisassociateCustomDomainCommand({
        ServiceArn: service.ServiceArn,
        DomainName: "app.example.com",
      }),
    );
    expect(removed.CustomDomain).toMatchObject({
      DomainName: "app.example.com",
      Status: "DELETING",
    });
    await poll(
      () => domainsOf(service.ServiceArn!),
      (r) => !(r.CustomDomains ?? []).some((d) => d.DomainName === "app.example.com"),
      { what: "the domain to be removed" },
    );
  });

  it("pages domains with MaxResults", async () => {
    const names = Array.from({ length: 4 }, (_, i) => `d${i}.pages.example.org`);
    for (const DomainName of names) {
      await ctx.appRunner.send(
        new AssociateCustomDomainCommand({
          ServiceArn: service.ServiceArn,
          DomainName,
          EnableWWWSubdomain: false,
        }),
      );
    }
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await ctx.appRunner.send(
        new DescribeCustomDomainsCommand({
          ServiceArn: service.ServiceArn,
          MaxResults: 3,
          NextToken,
        }),
      );
      expect(page.CustomDomains!.length).toBeLessThanOrEqual(3);
      seen.push(...page.CustomDomains!.map((d) => d.DomainName!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(seen.filter((d) => d.endsWith(".pages.example.org")).sort()).toEqual(names);
  });

  it("refuses a domain name with characters DNS does not allow", async () => {
    await expectInvalidField(
      ctx.appRunner.send(
        new AssociateCustomDomainCommand({
          ServiceArn: service.ServiceArn,
          DomainName: "bad_domain!.com",
        }),
      ),
      "domainName",
    );
  });

  it("answers an unknown domain or service with ResourceNotFoundException", async () => {
    await expectAwsError(
      ctx.appRunner.send(
        new DisassociateCustomDomainCommand({
          ServiceArn: service.ServiceArn,
          DomainName: "nope.example.net",
        }),
      ),
      "ResourceNotFoundException",
    );
    await expectAwsError(
      ctx.appRunner.send(
        new DescribeCustomDomainsCommand({
          ServiceArn: unknownArn("service/none"),
        }),
      ),
      "ResourceNotFoundException",
    );
  });
});
