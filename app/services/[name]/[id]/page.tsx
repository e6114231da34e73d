import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ServiceLivePage } from "@/components/service/service-live-page";
import { toApiError } from "@/lib/apprunner/errors";
import { loadServiceSnapshot } from "@/lib/apprunner/watch/load-service-snapshot";
import { resolveServiceArn } from "@/lib/apprunner/watch/resolve-service-arn";
import type { ServiceSnapshot } from "@/lib/apprunner/watch/wire";
import { getQueryClient } from "@/lib/query/get-query-client";
import { serviceQueries } from "@/lib/query/service-queries";

import { LoadProblem } from "./load-problem";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string; id: string }> };

type Loaded =
  | { kind: "ok"; arn: string; snapshot: ServiceSnapshot; loadedAt: number }
  | { kind: "missing" }
  | { kind: "problem"; message: string };

async function load(name: string, id: string): Promise<Loaded> {
  try {
    const arn = await resolveServiceArn(name, id);
    if (!arn) return { kind: "missing" };
    const snapshot = await loadServiceSnapshot(arn);
    return { kind: "ok", arn, snapshot, loadedAt: Date.now() };
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.kind === "not-found" || apiError.kind === "invalid-request")
      return { kind: "missing" };
    if (apiError.kind === "unknown") throw error;
    return { kind: "problem", message: apiError.message };
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
  const queryClient = getQueryClient();
  queryClient.setQueryData(serviceQueries.detail(loaded.arn).queryKey, loaded.snapshot);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ServiceLivePage arn={loaded.arn} renderedAt={loaded.loadedAt} />
    </HydrationBoundary>
  );
}
