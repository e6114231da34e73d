import type { Connection } from "@/lib/apprunner/schema/shapes.generated";
import { QUOTAS } from "@/lib/apprunner/rules";

import type { AppRunnerHandlers } from "../context";
import { InvalidRequestError, ServiceQuotaExceededError } from "../errors";
import { arnPrefix, epochSeconds, hex32 } from "../ids";
import type { Lifecycle } from "../lifecycle/lifecycle";
import { pageArray } from "../pagination";
import type { ResourceStore } from "../store/resource-store";
import { insertResource } from "./insert-resource";
import { pageSize, parseDoc, requireUndeleted } from "./lookup";
import { requireUnused } from "./require-unused";

type ConnectionDoc = Connection;

/**
 * There is no provider console to complete the handshake in, so a new connection becomes
 * AVAILABLE by itself after a short delay.
 */
export function defineConnectionTimers(lifecycle: Lifecycle, store: ResourceStore): void {
  lifecycle.define("connection-available", (payload) => {
    const row = store.get((payload as { arn: string }).arn);
    if (!row || row.status !== "PENDING_HANDSHAKE") return;
    const doc = { ...parseDoc<ConnectionDoc>(row), Status: "AVAILABLE" as const };
    store.saveDoc(row, "AVAILABLE", doc);
  });
}

export const connectionHandlers = {
  CreateConnection(input, ctx) {
    const live = ctx.store.all("connection", ctx.region).filter((r) => r.status !== "DELETED");
    if (live.some((r) => r.name === input.ConnectionName))
      throw new InvalidRequestError(
        `Connection with the provided name already exists: ${input.ConnectionName}`,
      );
    if (live.length >= QUOTAS.connections)
      throw new ServiceQuotaExceededError(
        `You have reached the quota of ${QUOTAS.connections} connections in ${ctx.region}.`,
      );
    const arn = `${arnPrefix(ctx.region, ctx.account)}:connection/${input.ConnectionName}/${hex32()}`;
    const doc: ConnectionDoc = {
      ConnectionName: input.ConnectionName,
      ConnectionArn: arn,
      ProviderType: input.ProviderType,
      Status: "PENDING_HANDSHAKE",
      CreatedAt: epochSeconds(ctx.now),
    };
    insertResource(
      ctx,
      {
        arn,
        kind: "connection",
        name: input.ConnectionName,
        status: "PENDING_HANDSHAKE",
        tags: input.Tags,
      },
      doc,
    );
    ctx.lifecycle.after(
      Math.min(3_000, ctx.lifecycle.fraction(0.2)),
      "connection-available",
      { arn },
      ctx.now,
    );
    return { Connection: doc };
  },

  DeleteConnection(input, ctx) {
    const row = requireUndeleted(ctx, input.ConnectionArn, "connection", "DELETED");
    requireUnused(
      ctx,
      row,
      "$.SourceConfiguration.AuthenticationConfiguration.ConnectionArn",
      "Delete the service or move it to another connection first.",
    );
    const doc = { ...parseDoc<ConnectionDoc>(row), Status: "DELETED" as const };
    ctx.store.saveDoc(row, "DELETED", doc);
    return { Connection: doc };
  },

  ListConnections(input, ctx) {
    const docs = ctx.store
      .all("connection", ctx.region)
      .filter((r) => r.status !== "DELETED")
      .filter((r) => input.ConnectionName === undefined || r.name === input.ConnectionName)
      .map((r) => parseDoc<ConnectionDoc>(r));
    const page = pageArray(docs, "connections", input.NextToken, pageSize(input.MaxResults, 100));
    return {
      ConnectionSummaryList: page.items,
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },
} satisfies Partial<AppRunnerHandlers>;
