import type { AssociateCustomDomainRequest } from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";

/** `*.example.com`: a wildcard is a whole first label. */
export function isWildcardDomain(domain: string): boolean {
  return domain.startsWith("*.");
}

/**
 * The developer guide (Managing custom domain names, manage-custom-domains.html) allows "A
 * wildcard – For example, *.example.com. You can't use the www option in this case." The model's
 * pattern lets `*` stand anywhere; only a leading `*.` is a wildcard.
 */
export function customDomainIssues(input: AssociateCustomDomainRequest): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const domain = input.DomainName;
  if (domain.includes("*") && (!isWildcardDomain(domain) || domain.lastIndexOf("*") !== 0))
    issues.push({
      path: "DomainName",
      rule: "wildcard-position",
      message: "A wildcard domain is *. followed by a domain name, as in *.example.com",
    });
  else if (isWildcardDomain(domain) && input.EnableWWWSubdomain === true)
    issues.push({
      path: "EnableWWWSubdomain",
      rule: "wildcard-www",
      message: "EnableWWWSubdomain can't be true for a wildcard domain",
    });
  return issues;
}

/** "Default: true" (API_AssociateCustomDomain), except where www can't be used: a wildcard. */
export function wwwSubdomainOf(input: AssociateCustomDomainRequest): boolean {
  return input.EnableWWWSubdomain ?? !isWildcardDomain(input.DomainName);
}
