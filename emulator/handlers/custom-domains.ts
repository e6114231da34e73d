import type { CustomDomain, VpcIngressConnection } from "@/lib/apprunner/schema/shapes.generated";
import { QUOTAS, wwwSubdomainOf } from "@/lib/apprunner/rules";

import type { AppRunnerHandlers, HandlerContext } from "../context";
import { InvalidRequestError, InvalidStateError, ResourceNotFoundError } from "../errors";
import { hex32, urlSlug } from "../ids";
import type { Lifecycle } from "../lifecycle/lifecycle";
import { pageArray } from "../pagination";
import type { ServiceDoc } from "../shapes/service";
import type { ResourceRow, ResourceStore } from "../store/resource-store";
import { insertResource } from "./insert-resource";
import { pageSize, parseDoc, requireResource, requireTargetService } from "./lookup";
import { requireServiceState } from "./require-service-state";

type DomainDoc = CustomDomain;
type DomainStep = { arn: string; to: "PENDING_CERTIFICATE_DNS_VALIDATION" | "ACTIVE" | "REMOVED" };

/**
 * A custom domain waits for its certificate's DNS validation, then becomes ACTIVE. Nobody can
 * add the CNAME records here, so validation "succeeds" after a while.
 */
export function defineCustomDomainTimers(lifecycle: Lifecycle, store: ResourceStore): void {
  lifecycle.define("custom-domain-step", (payload) => {
    const { arn, to } = payload as DomainStep;
    const row = store.get(arn);
    if (!row) return;
    if (to === "REMOVED") {
      if (row.status === "DELETING") store.remove(arn);
      return;
    }
    if (row.status === "DELETING") return;
    const doc = parseDoc<DomainDoc>(row);
    doc.Status = to;
    if (to === "ACTIVE")
      doc.CertificateValidationRecords = doc.CertificateValidationRecords?.map((r) => ({
        ...r,
        Status: "SUCCESS",
      }));
    store.saveDoc(row, to, doc);
  });
}

function domainArn(serviceArn: string, domain: string): string {
  return `${serviceArn}/customdomain/${domain}`;
}

function validationRecords(
  domain: string,
  www: boolean,
): DomainDoc["CertificateValidationRecords"] {
  // ACM validates *.example.com with example.com's record, so a wildcard's record drops the "*.".
  const base = domain.replace(/^\*\./, "");
  const names = www ? [base, `www.${base}`] : [base];
  return names.map((name) => ({
    Name: `_${hex32()}.${name}.`,
    Type: "CNAME",
    Value: `_${hex32()}.${urlSlug()}.acm-validations.aws.`,
    Status: "PENDING_VALIDATION",
  }));
}

/** Every custom domain operation answers with where the service's domains should point. */
function dnsTargets(ctx: HandlerContext, service: ResourceRow) {
  return {
    DNSTarget: parseDoc<ServiceDoc>(service).ServiceUrl,
    ServiceArn: service.arn,
    VpcDNSTargets: ctx.store
      .linkedTo(service.arn, "vpc-ingress")
      .filter((r) => r.status === "AVAILABLE")
      .map((r) => parseDoc<VpcIngressConnection>(r))
      .map((d) => ({
        VpcIngressConnectionArn: d.VpcIngressConnectionArn,
        VpcId: d.IngressVpcConfiguration?.VpcId,
        DomainName: d.DomainName,
      })),
  };
}

export const customDomainHandlers = {
  AssociateCustomDomain(input, ctx) {
    const service = requireTargetService(ctx, input.ServiceArn);
    requireServiceState(service, "AssociateCustomDomain");
    const domains = ctx.store.linkedTo(service.arn, "custom-domain");
    const domain = input.DomainName.toLowerCase();
    if (domains.some((d) => d.name === domain))
      throw new InvalidRequestError(
        `Domain ${domain} is already associated with service ${service.name}.`,
      );
    if (domains.length >= QUOTAS.customDomainsPerService)
      throw new InvalidRequestError(
        `A service can have at most ${QUOTAS.customDomainsPerService} custom domains.`,
      );
    const www = wwwSubdomainOf({ ...input, DomainName: domain });
    const arn = domainArn(service.arn, domain);
    const doc: DomainDoc = {
      DomainName: domain,
      EnableWWWSubdomain: www,
      CertificateValidationRecords: validationRecords(domain, www),
      Status: "CREATING",
    };
    insertResource(
      ctx,
      { arn, kind: "custom-domain", name: domain, status: "CREATING", link: service.arn },
      doc,
    );
    const { lifecycle } = ctx;
    lifecycle.after(
      lifecycle.fraction(0.1),
      "custom-domain-step",
      { arn, to: "PENDING_CERTIFICATE_DNS_VALIDATION" },
      ctx.now,
    );
    lifecycle.after(lifecycle.fraction(1), "custom-domain-step", { arn, to: "ACTIVE" }, ctx.now);
    return { ...dnsTargets(ctx, service), CustomDomain: doc };
  },

  DisassociateCustomDomain(input, ctx) {
    const service = requireResource(ctx, input.ServiceArn, "service");
    requireServiceState(service, "DisassociateCustomDomain");
    const domain = input.DomainName.toLowerCase();
    const row = ctx.store.get(domainArn(service.arn, domain));
    if (!row || row.status === "DELETING")
      throw new ResourceNotFoundError(
        `Domain ${domain} is not associated with service ${service.name}.`,
      );
    if (row.status === "CREATING")
      throw new InvalidStateError(
        `Domain ${domain} is still being created; try again when it is no longer CREATING.`,
      );
    const doc: DomainDoc = { ...parseDoc<DomainDoc>(row), Status: "DELETING" };
    ctx.store.saveDoc(row, "DELETING", doc);
    ctx.lifecycle.after(
      ctx.lifecycle.fraction(0.2),
      "custom-domain-step",
      { arn: row.arn, to: "REMOVED" },
      ctx.now,
    );
    return { ...dnsTargets(ctx, service), CustomDomain: doc };
  },

  DescribeCustomDomains(input, ctx) {
    const service = requireResource(ctx, input.ServiceArn, "service");
    const docs = ctx.store
      .linkedTo(service.arn, "custom-domain")
      .map((r) => parseDoc<DomainDoc>(r));
    const page = pageArray(
      docs,
      `domains:${service.id}`,
      input.NextToken,
      pageSize(input.MaxResults, 5),
    );
    return {
      ...dnsTargets(ctx, service),
      CustomDomains: page.items,
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },
} satisfies Partial<AppRunnerHandlers>;
