"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";

import { OPERATIONS_PAGE_SIZE, type WireOperation } from "@/lib/apprunner/watch/wire";
import { serviceQueries } from "@/lib/query/service-queries";

export type OperationHistory = {
  /** The live page's operations, then every older one read so far: newest first, each once. */
  operations: WireOperation[];
  /** Whether App Runner may hold operations older than those shown. */
  hasOlder: boolean;
  /** Whether the history was read to its first operation. */
  complete: boolean;
  loading: boolean;
  error: string | undefined;
  showOlder: () => void;
};

/** A backend that hands back tokens forever must not keep the page fetching. */
const MAX_PAGES_PER_CLICK = 10;

function byId(operations: WireOperation[]): WireOperation[] {
  const seen = new Set<string>();
  return operations.filter((op) => {
    const id = op.Id ?? "";
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The live snapshot holds one ListOperations page (the newest 20); this reads older pages on
 * request. Every page read is kept, including the first: an operation that later drops off the
 * live page (pushed down by new ones) stays in the list, so the history never has a gap. The
 * live copy of an operation wins over a kept one, as it is newer.
 */
export function useOlderOperations(arn: string, live: WireOperation[]): OperationHistory {
  const client = useQueryClient();
  const [older, setOlder] = useState<WireOperation[]>([]);
  const [nextToken, setNextToken] = useState<string | undefined>();
  const [started, setStarted] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const operations = useMemo(() => byId([...live, ...older]), [live, older]);
  const complete = started && nextToken === undefined;

  const showOlder = useCallback(() => {
    const known = new Set(operations.map((op) => op.Id));
    setLoading(true);
    setError(undefined);
    void (async () => {
      try {
        // Before the first click there is no token: the first page is (nearly) what the live
        // snapshot shows, so keep reading until something not yet shown turns up.
        let token = started ? nextToken : undefined;
        const read: WireOperation[] = [];
        for (let page = 0; page < MAX_PAGES_PER_CLICK; page++) {
          const out = await client.fetchQuery(serviceQueries.operationsPage(arn, token));
          read.push(...out.operations);
          token = out.nextToken;
          if (!token || out.operations.some((op) => !known.has(op.Id))) break;
        }
        setOlder((kept) => byId([...kept, ...read]));
        setNextToken(token);
        setStarted(true);
      } catch (e) {
        setError(e instanceof Error ? e.message : "The older operations could not be read.");
      } finally {
        setLoading(false);
      }
    })();
  }, [arn, client, nextToken, operations, started]);

  return {
    operations,
    hasOlder: !complete && (started || live.length >= OPERATIONS_PAGE_SIZE),
    complete,
    loading,
    error,
    showOlder,
  };
}
