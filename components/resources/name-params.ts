import type { Metadata } from "next";

import { RESOURCE_KINDS, type ResourceKind } from "./resource-kinds";

/** What Next.js passes a resource's page: the name from its address. */
export type NameParams = { params: Promise<{ name: string }> };

export async function nameParam({ params }: NameParams): Promise<string> {
  return decodeURIComponent((await params).name);
}

/** A resource page's `generateMetadata`: the kind and the name, in the browser's title bar. */
export function nameMetadata(kind: ResourceKind) {
  return async (props: NameParams): Promise<Metadata> => ({
    title: `${RESOURCE_KINDS[kind].title} ${await nameParam(props)}`,
  });
}
