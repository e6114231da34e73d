import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { after } from "next/server";

import { ServiceLivePage } from "@/components/service/service-live-page";
import { describeCustomDomains, type WireServiceDomains } from "@/lib/apprunner/api/custom-domains";
import { listServiceTags } from "@/lib/apprunner/api/list-service-tags";
import { loadServiceSnapshot } from "@/lib/apprunner/api/load-service-snapshot";
import { recordRevision } from "@/lib/apprunner/api/record-revision";
import { resolveServiceArn } from "@/lib/apprunner/api/resolve-service-arn";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { toWire, type ServiceSnapshot, type WireTag } from "@/lib/apprunner/watch/wire";
import { getQueryClient } from "@/lib/query/get-query-client";
import { serviceQueries } from "@/lib/query/service-queries";

import { LoadProblem } from "./load-problem";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string; id: string }> };

type Loaded =
  | {
      kind: "ok";
      arn: string;
      snapshot: ServiceSnapshot;
      /** Undefined when they could not be read: the browser asks again and says why. */
      tags: WireTag[] | undefined;
      /** Likewise: undefined when they could not be read. */
      domains: WireServiceDomains | undefined;
      loadedAt: number;
    }
  | { kind: "missing" }
  | { kind: "problem"; message: string };

async function load(name: string, id: string): Promise<Loaded> {
  try {
    const arn = await resolveServiceArn(name, id);
    if (!arn) return { kind: "missing" };
    const [snapshot, tags, domains] = await Promise.all([
      loadServiceSnapshot(arn),
      // Tags and domains are sections of the page; failing to read them must not hide the rest.
      listServiceTags(arn).then(toWire, () => undefined),
      describeCustomDomains(arn).then(toWire, () => undefined),
    ]);
    return { kind: "ok", arn, snapshot, tags, domains, loadedAt: Date.now() };
  } catch (error) {
    const failure = toAppRunnerFailure(error);
    if (failure.kind === "not-found" || failure.kind === "invalid-request")
      return { kind: "missing" };
    if (failure.kind === "unknown") throw error;
    return { kind: "problem", message: failure.message };
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { name } = await params;
  return { title: decodeURIComponent(name) };
}

export default async function ServicePage({ params }: Params) {
  const { name, id } = await params;
  const loaded = await load(decodeURIComponent(name), decodeURIComponent(id));
  if (loaded.kind === "missing") notFound();
  if (loaded.kind === "problem") {
    return <LoadProblem message={loaded.message} retryHref={`/services/${name}/${id}`} />;
  }
  // An operation that ended while nobody watched enters the history now, after the response.
  after(() => recordRevision(loaded.snapshot, loaded.tags));
  const queryClient = getQueryClient();
  queryClient.setQueryData(serviceQueries.detail(loaded.arn).queryKey, loaded.snapshot);
  if (loaded.tags) {
    queryClient.setQueryData(serviceQueries.tags(loaded.arn).queryKey, { tags: loaded.tags });
  }
  if (loaded.domains) {
    queryClient.setQueryData(serviceQueries.customDomains(loaded.arn).queryKey, loaded.domains);
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ServiceLivePage arn={loaded.arn} renderedAt={loaded.loadedAt} />
    </HydrationBoundary>
  );
}
