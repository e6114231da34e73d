import type { WireServiceDomains } from "@/lib/apprunner/api/custom-domains";

export type WireCustomDomain = WireServiceDomains["domains"][number];

/** One DNS record the domain's owner must create at their DNS provider. */
export type DnsRecord = {
  /** What the record is for, in words. */
  purpose: string;
  name: string;
  type: string;
  value: string;
  /** App Runner's validation status of a certificate record; the routing record has none. */
  status: string | undefined;
};

/**
 * The records to create for a domain: a CNAME from the domain (and www., when associated) to
 * the service's DNS target, which routes traffic, then each certificate validation record App
 * Runner gave, which proves the domain is yours.
 */
export function dnsRecordsFor(
  domain: WireCustomDomain,
  dnsTarget: string | undefined,
): DnsRecord[] {
  const name = domain.DomainName ?? "";
  const routed = domain.EnableWWWSubdomain ? [name, `www.${name}`] : [name];
  const routing: DnsRecord[] = dnsTarget
    ? routed.map((host) => ({
        purpose: `Routes ${host} to the service`,
        name: host,
        type: "CNAME",
        value: dnsTarget,
        status: undefined,
      }))
    : [];
  const validation = (domain.CertificateValidationRecords ?? []).map((record): DnsRecord => ({
    purpose: "Validates the certificate",
    name: record.Name ?? "",
    type: record.Type ?? "CNAME",
    value: record.Value ?? "",
    status: record.Status,
  }));
  return [...routing, ...validation];
}
