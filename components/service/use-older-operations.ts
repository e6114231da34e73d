"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";

import {
  mergeOperationHistory,
  readOlderOperations,
} from "@/lib/apprunner/watch/read-older-operations";
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

/**
 * The live snapshot holds one ListOperations page (the newest 20); this reads older pages on
 * request. Every page read is kept, including the first: an operation that later drops off the
 * live page (pushed down by new ones) stays in the list, so the history never has a gap.
 */
export function useOlderOperations(arn: string, live: WireOperation[]): OperationHistory {
  const client = useQueryClient();
  const [kept, setKept] = useState<WireOperation[]>([]);
  const [nextToken, setNextToken] = useState<string | undefined>();
  const [started, setStarted] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const operations = useMemo(() => mergeOperationHistory(live, kept), [live, kept]);
  const complete = started && nextToken === undefined;

  const showOlder = useCallback(() => {
    const known = new Set(operations.map((op) => op.Id));
    setLoading(true);
    setError(undefined);
    readOlderOperations(
      (token) => client.fetchQuery(serviceQueries.operationsPage(arn, token)),
      known,
      started ? nextToken : undefined,
    )
      .then((read) => {
        setKept((before) => mergeOperationHistory(before, read.operations));
        setNextToken(read.nextToken);
        setStarted(true);
      })
      .catch((e: unknown) => {
        setError(e instanceof Error ? e.message : "The older operations could not be read.");
      })
      .finally(() => setLoading(false));
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
