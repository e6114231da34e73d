import "server-only";

import {
  AssociateCustomDomainCommand,
  DisassociateCustomDomainCommand,
  paginateDescribeCustomDomains,
  type AssociateCustomDomainCommandInput,
  type CustomDomain,
} from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import type { Jsonify } from "@/lib/apprunner/watch/wire";

/** DescribeCustomDomains' largest page. */
const PAGE_SIZE = 5;
/** App Runner allows a handful of domains per service; this only ends a runaway listing. */
const MAX_PAGES = 100;

/** A service's custom domains, and the target their CNAME records point at. */
export type ServiceDomains = {
  /** The service's own domain: what each custom domain's CNAME record points to. */
  dnsTarget: string | undefined;
  domains: CustomDomain[];
};

/** Every custom domain of the service (all DescribeCustomDomains pages). */
export async function describeCustomDomains(serviceArn: string): Promise<ServiceDomains> {
  const pages = paginateDescribeCustomDomains(
    { client: getAppRunnerClient(), pageSize: PAGE_SIZE },
    { ServiceArn: serviceArn },
  );
  let dnsTarget: string | undefined;
  const domains: CustomDomain[] = [];
  let read = 0;
  for await (const page of pages) {
    dnsTarget ??= page.DNSTarget;
    domains.push(...(page.CustomDomains ?? []));
    if (++read >= MAX_PAGES) break;
  }
  return { dnsTarget, domains };
}

/** Starts associating a domain; App Runner then waits for its certificate's DNS validation. */
export async function associateCustomDomain(
  input: AssociateCustomDomainCommandInput,
): Promise<void> {
  await getAppRunnerClient().send(new AssociateCustomDomainCommand(input));
}

/** Starts removing a domain from the service. */
export async function disassociateCustomDomain(
  serviceArn: string,
  domainName: string,
): Promise<void> {
  await getAppRunnerClient().send(
    new DisassociateCustomDomainCommand({ ServiceArn: serviceArn, DomainName: domainName }),
  );
}

/** The body of the custom domains route, as the browser reads it. */
export type WireServiceDomains = Jsonify<ServiceDomains>;
