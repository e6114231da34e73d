import type { ReactNode } from "react";

import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";

import { RESOURCE_LISTS, type ResourceListKey } from "./resource-kinds";
import { ResourceLoadProblem } from "./resource-load-problem";

/**
 * The one shape of a resource list page: App Runner read (or why it could not be), then the
 * heading, what the resource is for, and the content made from what was read.
 */
export async function ResourceListPage<T>({
  list,
  intro,
  load,
  children,
}: {
  list: ResourceListKey;
  intro?: ReactNode;
  load: () => Promise<T>;
  children: (value: T) => ReactNode;
}) {
  const loaded = await loadOrProblem(load);
  if (!loaded.ok) return <ResourceLoadProblem message={loaded.message} where={{ list }} />;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{RESOURCE_LISTS[list].title}</h1>
        {intro && <p className="text-sm text-zinc-700 dark:text-zinc-300">{intro}</p>}
      </div>
      {children(loaded.value)}
    </div>
  );
}
