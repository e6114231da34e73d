import { describe, expect, it } from "vitest";

import { dnsRecordsFor } from "@/components/service/custom-domains/dns-records-for";

const validation = {
  Name: "_abc.app.example.com.",
  Type: "CNAME",
  Value: "_def.xyz.acm-validations.aws.",
  Status: "PENDING_VALIDATION" as const,
};

describe("the DNS records to create for a custom domain", () => {
  it("routes the domain and its www. to the service, then lists each validation record", () => {
    const records = dnsRecordsFor(
      {
        DomainName: "app.example.com",
        EnableWWWSubdomain: true,
        Status: "PENDING_CERTIFICATE_DNS_VALIDATION",
        CertificateValidationRecords: [validation],
      },
      "abc123.us-east-1.awsapprunner.com",
    );
    expect(records.map((r) => [r.name, r.type, r.value, r.status])).toEqual([
      ["app.example.com", "CNAME", "abc123.us-east-1.awsapprunner.com", undefined],
      ["www.app.example.com", "CNAME", "abc123.us-east-1.awsapprunner.com", undefined],
      ["_abc.app.example.com.", "CNAME", "_def.xyz.acm-validations.aws.", "PENDING_VALIDATION"],
    ]);
  });

  it("routes only the domain without www., and no route without a target to point at", () => {
    const domain = {
      DomainName: "app.example.com",
      EnableWWWSubdomain: false,
      Status: "CREATING" as const,
    };
    expect(dnsRecordsFor(domain, "t.example").map((r) => r.name)).toEqual(["app.example.com"]);
    expect(dnsRecordsFor(domain, undefined)).toEqual([]);
  });
});
