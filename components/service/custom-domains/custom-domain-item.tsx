"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Unlink } from "lucide-react";

import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { serviceQueries } from "@/lib/query/service-queries";

import { disassociateCustomDomain } from "@/app/services/[name]/[id]/actions";

import { DnsRecords } from "./dns-records";
import { dnsRecordsFor, type WireCustomDomain } from "./dns-records-for";
import { DomainStatusBadge } from "./domain-status-badge";

type Props = {
  arn: string;
  domain: WireCustomDomain;
  dnsTarget: string | undefined;
  /** Why the service's status forbids disassociating, if it does. */
  refusal: string | undefined;
};

/** One custom domain: its status, the DNS records to create, and Disassociate. */
export function CustomDomainItem({ arn, domain, dnsTarget, refusal }: Props) {
  const queryClient = useQueryClient();
  const name = domain.DomainName ?? "";
  const reason =
    refusal ?? (domain.Status === "DELETING" ? "App Runner is removing this domain." : undefined);

  return (
    <li className="space-y-3 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h3 className="min-w-0 font-semibold [overflow-wrap:anywhere]">{name}</h3>
        <span data-testid="domain-status">
          <DomainStatusBadge status={domain.Status} />
        </span>
      </div>
      {domain.EnableWWWSubdomain && (
        <p className="text-sm [overflow-wrap:anywhere]">Also serves www.{name}.</p>
      )}
      <h4 className="text-sm font-semibold">DNS records to create</h4>
      <DnsRecords records={dnsRecordsFor(domain, dnsTarget)} />
      <ConfirmActionButton
        label="Disassociate"
        icon={Unlink}
        variant="secondary"
        reason={reason}
        title={`Disassociate ${name}?`}
        action={() => disassociateCustomDomain(arn, name)}
        onDone={() =>
          queryClient.invalidateQueries({ queryKey: serviceQueries.customDomains(arn).queryKey })
        }
      >
        <p className="[overflow-wrap:anywhere]">
          The service stops answering at {name}
          {domain.EnableWWWSubdomain ? ` and www.${name}` : ""}. Remove its DNS records at your DNS
          provider afterwards.
        </p>
      </ConfirmActionButton>
    </li>
  );
}
