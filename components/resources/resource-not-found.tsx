import Link from "next/link";

import { RESOURCE_KINDS, listOf, type ResourceKind } from "./resource-kinds";

/** A resource page whose name matches nothing live in this account and region. */
export function ResourceNotFound({ kind }: { kind: ResourceKind }) {
  const { noun } = RESOURCE_KINDS[kind];
  const list = listOf(kind);
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">
        {noun.charAt(0).toUpperCase() + noun.slice(1)} not found
      </h1>
      <p>
        Nothing by this name exists in this account and region. It may have been deleted, or the
        address may be mistyped.
      </p>
      <p>
        <Link href={list.href} className="underline">
          {list.backLabel}
        </Link>
      </p>
    </div>
  );
}
