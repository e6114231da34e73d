import "server-only";

import type { AppRunnerClient } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { listPages } from "./list-pages";
import { routeErrorResponse } from "./route-error";

type Page<T> = { items: T[]; nextToken?: string | undefined };

/**
 * A picker's GET handler: every page of one List operation, reshaped into the items the
 * picker shows, or the SDK's failure as a RouteError. The routes differ only in the call and
 * the reshape, so those are all they pass in.
 */
export function listRoute<T, Item>(
  fetchPage: (client: AppRunnerClient, nextToken: string | undefined) => Promise<Page<T>>,
  toItems: (all: T[]) => Item[],
): () => Promise<Response> {
  return async () => {
    try {
      const client = getAppRunnerClient();
      const all = await listPages((token) => fetchPage(client, token));
      return Response.json(toItems(all));
    } catch (error) {
      return routeErrorResponse(error);
    }
  };
}
