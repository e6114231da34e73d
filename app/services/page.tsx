import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { ServicesList } from "@/components/service/services-list";
import { loadServiceList } from "@/lib/apprunner/api/load-service-list";
import { getQueryClient } from "@/lib/query/get-query-client";
import { serviceQueries } from "@/lib/query/service-queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage() {
  const queryClient = getQueryClient();
  // A failed first load is not fatal: the list shows the error and keeps retrying.
  await queryClient.prefetchQuery({ ...serviceQueries.list(), queryFn: loadServiceList });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ServicesList />
    </HydrationBoundary>
  );
}
