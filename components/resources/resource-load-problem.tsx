import Link from "next/link";

import {
  RESOURCE_KINDS,
  RESOURCE_LISTS,
  resourceHref,
  type ResourceKind,
  type ResourceListKey,
} from "./resource-kinds";

type LoadProblemWhere = { list: ResourceListKey } | { kind: ResourceKind; name: string };

/**
 * App Runner could not be read for a reason a person can act on (throttling, network, …), on a
 * list page or on one resource's page; "Try again" reloads that page.
 */
export function ResourceLoadProblem({
  message,
  where,
}: {
  message: string;
  where: LoadProblemWhere;
}) {
  const [title, retryHref] =
    "list" in where
      ? [
          `${RESOURCE_LISTS[where.list].plural} could not be loaded`,
          RESOURCE_LISTS[where.list].href,
        ]
      : [
          `The ${RESOURCE_KINDS[where.kind].noun} could not be loaded`,
          resourceHref(where.kind, where.name),
        ];
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p role="alert">{message}</p>
      <p>
        <a href={retryHref} className="underline">
          Try again
        </a>{" "}
        or go to{" "}
        <Link href="/services" className="underline">
          the services
        </Link>
        .
      </p>
    </div>
  );
}
