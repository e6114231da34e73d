"use client";

import { useQueryClient, type DataTag, type QueryKey } from "@tanstack/react-query";

/**
 * What a picker does with a resource it just created: show it at once (in place of the entry it
 * supersedes, matched by `sameBy`), then refetch so the list catches up with App Runner.
 */
export function useAddCreated<Item extends { arn: string; name: string }>(
  queryKey: DataTag<QueryKey, Item[], Error>,
  /** `name` where the list shows only the latest revision of each. */
  sameBy: "arn" | "name",
): (created: Item) => void {
  const queryClient = useQueryClient();
  return (created) => {
    queryClient.setQueryData(queryKey, (old) => [
      ...(old ?? []).filter((c) => c[sameBy] !== created[sameBy]),
      created,
    ]);
    void queryClient.invalidateQueries({ queryKey });
  };
}
