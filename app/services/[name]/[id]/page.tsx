import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { Suspense } from "react";

import { ServiceCostEstimate } from "@/components/cost/service-cost-estimate";
import { ServiceLivePage } from "@/components/service/service-live-page";
import { describeCustomDomains, type WireServiceDomains } from "@/lib/apprunner/api/custom-domains";
import { listServiceTags } from "@/lib/apprunner/api/list-service-tags";
import { loadServiceOrProblem } from "@/lib/apprunner/api/load-or-problem";
import { loadServiceSnapshot } from "@/lib/apprunner/api/load-service-snapshot";
import { recordRevision } from "@/lib/apprunner/api/record-revision";
import { toWire, type ServiceSnapshot, type WireTag } from "@/lib/apprunner/watch/wire";
import { getQueryClient } from "@/lib/query/get-query-client";
import { serviceQueries } from "@/lib/query/service-queries";

import { LoadProblem } from "./load-problem";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string; id: string }> };

type ServicePageData = {
  snapshot: ServiceSnapshot;
  /** Undefined when they could not be read: the browser asks again and says why. */
  tags: WireTag[] | undefined;
  /** Likewise: undefined when they could not be read. */
  domains: WireServiceDomains | undefined;
  loadedAt: number;
};

async function loadPage(arn: string): Promise<ServicePageData> {
  const [snapshot, tags, domains] = await Promise.all([
    loadServiceSnapshot(arn),
    // Tags and domains are sections of the page; failing to read them must not hide the rest.
    listServiceTags(arn).then(toWire, () => undefined),
    describeCustomDomains(arn).then(toWire, () => undefined),
  ]);
  return { snapshot, tags, domains, loadedAt: Date.now() };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { name } = await params;
  return { title: decodeURIComponent(name) };
}

export default async function ServicePage({ params }: Params) {
  const { name, id } = await params;
  const result = await loadServiceOrProblem(
    decodeURIComponent(name),
    decodeURIComponent(id),
    loadPage,
  );
  if (result.kind === "missing") notFound();
  if (result.kind === "problem") {
    return <LoadProblem message={result.message} retryHref={`/services/${name}/${id}`} />;
  }
  const { arn } = result;
  const loaded = result.value;
  // An operation that ended while nobody watched enters the history now, after the response.
  after(() => recordRevision(loaded.snapshot, loaded.tags));
  const queryClient = getQueryClient();
  queryClient.setQueryData(serviceQueries.detail(arn).queryKey, loaded.snapshot);
  if (loaded.tags) {
    queryClient.setQueryData(serviceQueries.tags(arn).queryKey, { tags: loaded.tags });
  }
  if (loaded.domains) {
    queryClient.setQueryData(serviceQueries.customDomains(arn).queryKey, loaded.domains);
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <div className="space-y-8">
        <ServiceLivePage arn={arn} renderedAt={loaded.loadedAt} />
        {/* Streams in after the page: it reads the auto scaling configuration's sizes. */}
        <Suspense fallback={null}>
          <ServiceCostEstimate service={loaded.snapshot.service} />
        </Suspense>
      </div>
    </HydrationBoundary>
  );
}
