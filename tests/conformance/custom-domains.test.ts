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

/**
 * The reference's sentences on custom domains:
 * - API_AssociateCustomDomain: https://docs.aws.amazon.com/apprunner/latest/api/API_AssociateCustomDomain.html
 * - Developer guide, "Managing custom domain names for an App Runner service":
 *   https://docs.aws.amazon.com/apprunner/latest/dg/manage-custom-domains.html
 */
describe("custom domains as the reference describes them", () => {
  let own: Service;

  beforeAll(async () => {
    const { Service: created } = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("domains-doc"))),
    );
    own = await waitForServiceStatus(ctx.appRunner, created!.ServiceArn!, "RUNNING");
  });

  const associate = (DomainName: string, EnableWWWSubdomain?: boolean) =>
    ctx.appRunner.send(
      new AssociateCustomDomainCommand({
        ServiceArn: own.ServiceArn,
        DomainName,
        EnableWWWSubdomain,
      }),
    );
  const disassociate = (DomainName: string) =>
    ctx.appRunner.send(
      new DisassociateCustomDomainCommand({ ServiceArn: own.ServiceArn, DomainName }),
    );
  const untilSettled = (DomainName: string) =>
    poll(
      () => domainsOf(own.ServiceArn!),
      (r) => r.CustomDomains?.find((d) => d.DomainName === DomainName)?.Status !== "CREATING",
      { what: `${DomainName} past CREATING` },
    );

  // API_AssociateCustomDomain (EnableWWWSubdomain): "Set to true to associate the subdomain
  // www.DomainName with the App Runner service in addition to the base domain. Default: true"
  // Guide: "add CNAME records to your DNS to target the App Runner domain. You need to add one
  // record for the custom domain, and another for the www subdomain, if you chose this option."
  it("associates www too when EnableWWWSubdomain is left out, with a validation record for each", async () => {
    const { CustomDomain } = await associate("default-www.example.net");
    expect(CustomDomain?.EnableWWWSubdomain).toBe(true);
    const names = CustomDomain!.CertificateValidationRecords!.map((r) => r.Name!);
    expect(
      names.some((n) => /\.default-www\.example\.net\.?$/.test(n) && !n.includes(".www.")),
    ).toBe(true);
    expect(names.some((n) => n.includes(".www.default-www.example.net"))).toBe(true);
    await untilSettled("default-www.example.net");
    await disassociate("default-www.example.net");
  });

  // Guide: "A wildcard – For example, *.example.com. You can't use the www option in this case."
  it("associates a wildcard without www, and refuses a wildcard with EnableWWWSubdomain true", async () => {
    await expectAwsError(associate("*.wild-www.example.net", true), "InvalidRequestException");
    const { CustomDomain } = await associate("*.wild.example.net");
    expect(CustomDomain).toMatchObject({
      DomainName: "*.wild.example.net",
      EnableWWWSubdomain: false,
    });
    // ACM validates a wildcard with the base domain's record (the emulator's choice of names).
    for (const record of CustomDomain!.CertificateValidationRecords!)
      expect(record.Name).not.toContain("*");
    await untilSettled("*.wild.example.net");
    await disassociate("*.wild.example.net");
  });

  // API_AssociateCustomDomain (DomainName): "Specify a root domain (for example, example.com), a
  // subdomain (for example, login.example.com or admin.login.example.com), or a wildcard (for
  // example, *.example.com)." A `*` anywhere else is none of these.
  it("refuses a * that is not a leading wildcard label", async () => {
    for (const DomainName of ["app.*.example.net", "*app.example.net", "*.*.example.net"])
      await expectAwsError(associate(DomainName, false), "InvalidRequestException");
  });

  // API_CertificateValidationRecord (Status): "The current state of the certificate CNAME record
  // validation. It should change to SUCCESS after App Runner completes validation with your DNS."
  // (Type) "The record type, always CNAME."
  // API_AssociateCustomDomain (DNSTarget): "The App Runner subdomain of the App Runner service.
  // The custom domain name is mapped to this target name."
  it("moves CREATING → PENDING_CERTIFICATE_DNS_VALIDATION → ACTIVE, records PENDING_VALIDATION → SUCCESS", async () => {
    const associated = await associate("flow.example.net", false);
    expect(associated.DNSTarget).toBe(own.ServiceUrl);
    expect(associated.CustomDomain?.Status).toBe("CREATING");
    const seen = new Set<string>();
    const active = await poll(
      () => domainsOf(own.ServiceArn!),
      (r) => {
        const domain = r.CustomDomains?.find((d) => d.DomainName === "flow.example.net");
        if (domain?.Status) seen.add(domain.Status);
        return domain?.Status === "ACTIVE";
      },
      { intervalMs: 10, what: "flow.example.net ACTIVE", timeoutMs: 30_000 },
    );
    expect(seen.has("PENDING_CERTIFICATE_DNS_VALIDATION")).toBe(true);
    const records = active.CustomDomains!.find(
      (d) => d.DomainName === "flow.example.net",
    )!.CertificateValidationRecords!;
    expect(records.map((r) => [r.Type, r.Status])).toEqual([["CNAME", "SUCCESS"]]);
    await disassociate("flow.example.net");
  });

  // Guide: "You can associate up to five custom domains."
  it("refuses a sixth domain", async () => {
    // Domains disassociated above count until they are gone.
    await poll(
      () => domainsOf(own.ServiceArn!),
      (r) => (r.CustomDomains ?? []).length === 0,
      { what: "no domains left" },
    );
    const names = Array.from({ length: 5 }, (_, i) => `q${i}.five.example.net`);
    for (const name of names) await associate(name, false);
    await expectAwsError(associate("q5.five.example.net", false), "InvalidRequestException");
    for (const name of names) await untilSettled(name);
    for (const name of names) await disassociate(name);
  });
});
