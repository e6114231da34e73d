"use client";

import { useQuery } from "@tanstack/react-query";

import { useRoleRefusal } from "@/components/shell/viewer-context";

// The file itself, not the rules index: the index reaches the generated zod schemas.
import { serviceStateRefusal } from "@/lib/apprunner/rules/service-state-rules";
import type { WireService } from "@/lib/apprunner/watch/wire";
import { serviceQueries } from "@/lib/query/service-queries";

import { AssociateDomainForm } from "./associate-domain-form";
import { CustomDomainItem } from "./custom-domain-item";

/**
 * The service's custom domains, each with the DNS records to create and their validation
 * status, read again every few seconds while a domain is still on its way to Active.
 */
export function CustomDomainsSection({ service }: { service: WireService }) {
  const arn = service.ServiceArn!;
  const deleted = service.Status === "DELETED";
  // A deleted service has no domains left, and App Runner would not answer for it.
  const query = useQuery({ ...serviceQueries.customDomains(arn), enabled: !deleted });
  const domains = query.data?.domains ?? [];
  // The role's reason first: it stays true whatever the service's status.
  const roleRefusal = useRoleRefusal("manageCustomDomains");
  return (
    <section aria-labelledby="domains-heading" className="space-y-4">
      <h2 id="domains-heading" className="text-lg font-semibold">
        Custom domains
      </h2>
      {deleted ? (
        <p className="text-sm">A deleted service has no custom domains.</p>
      ) : query.isError && !query.data ? (
        <p className="text-sm">Could not be read: {query.error.message}</p>
      ) : !query.data ? (
        <p className="text-sm">Loading…</p>
      ) : domains.length === 0 ? (
        <p className="text-sm">None yet. The service answers only at its own URL.</p>
      ) : (
        <ul className="space-y-4" aria-label="Associated domains">
          {domains.map((domain) => (
            <CustomDomainItem
              key={domain.DomainName}
              arn={arn}
              domain={domain}
              dnsTarget={query.data.dnsTarget}
              refusal={
                roleRefusal ?? serviceStateRefusal("DisassociateCustomDomain", service.Status)
              }
            />
          ))}
        </ul>
      )}
      {!deleted && (
        <AssociateDomainForm
          arn={arn}
          refusal={roleRefusal ?? serviceStateRefusal("AssociateCustomDomain", service.Status)}
        />
      )}
    </section>
  );
}
