import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";

import { listOf, type ResourceKind } from "./resource-kinds";
import { ResourceLoadProblem } from "./resource-load-problem";

/**
 * The one shape of a resource's page: App Runner read (or why it could not be; nothing by this
 * name, or no revision of it, is the route's not-found page), then a link back to the list, the
 * name, and the content.
 */
export async function ResourceDetailsPage<T>({
  kind,
  name,
  load,
  children,
}: {
  kind: ResourceKind;
  name: string;
  /** Undefined, or no revisions, when nothing live has this name. */
  load: () => Promise<T | undefined>;
  children: (value: T) => ReactNode;
}) {
  const loaded = await loadOrProblem(load);
  if (!loaded.ok) return <ResourceLoadProblem message={loaded.message} where={{ kind, name }} />;
  const value = loaded.value;
  if (value === undefined || (Array.isArray(value) && value.length === 0)) notFound();
  const list = listOf(kind);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={list.href} className="underline">
          {list.title}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">{name}</h1>
      {children(value)}
    </div>
  );
}
