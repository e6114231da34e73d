import { describe, expect, it } from "vitest";

import { customDomainIssues, deleteServiceRefusal, wwwSubdomainOf } from "@/lib/apprunner/rules";

const ServiceArn = "arn:aws:apprunner:us-east-1:123456789012:service/web/0123456789abcdef";

describe("customDomainIssues", () => {
  it("accepts a root domain, a subdomain and a leading wildcard", () => {
    for (const DomainName of ["example.com", "admin.login.example.com", "*.example.com"])
      expect(customDomainIssues({ ServiceArn, DomainName })).toEqual([]);
  });

  it("refuses a * anywhere but a whole first label", () => {
    for (const DomainName of ["app.*.example.com", "*app.example.com", "*.*.example.com", "*"])
      expect(customDomainIssues({ ServiceArn, DomainName })).toEqual([
        expect.objectContaining({ path: "DomainName", rule: "wildcard-position" }),
      ]);
  });

  it("refuses the www option for a wildcard, and leaves it off by default there", () => {
    expect(
      customDomainIssues({ ServiceArn, DomainName: "*.example.com", EnableWWWSubdomain: true }),
    ).toEqual([expect.objectContaining({ path: "EnableWWWSubdomain", rule: "wildcard-www" })]);
    expect(wwwSubdomainOf({ ServiceArn, DomainName: "*.example.com" })).toBe(false);
    expect(wwwSubdomainOf({ ServiceArn, DomainName: "example.com" })).toBe(true);
    expect(
      wwwSubdomainOf({ ServiceArn, DomainName: "example.com", EnableWWWSubdomain: false }),
    ).toBe(false);
  });
});

describe("deleteServiceRefusal", () => {
  it("lets a service with no ingress connection, or only gone ones, be deleted", () => {
    expect(deleteServiceRefusal([])).toBeUndefined();
    expect(
      deleteServiceRefusal([
        { name: "old", status: "DELETED" },
        { name: "never", status: "FAILED_CREATION" },
      ]),
    ).toBeUndefined();
  });

  it("names every connection that still holds the service", () => {
    const reason = deleteServiceRefusal([
      { name: "a", status: "AVAILABLE" },
      { name: "b", status: "PENDING_DELETION" },
      { name: "c", status: "DELETED" },
    ]);
    expect(reason).toContain("a (AVAILABLE)");
    expect(reason).toContain("b (PENDING_DELETION)");
    expect(reason).not.toContain("c (");
  });
});
