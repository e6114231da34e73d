import type { ObservabilityConfiguration, VpcConnector } from "@aws-sdk/client-apprunner";

import { groupRevisions } from "./group-revisions";
import { usersOf, type ResourceUser } from "./resource-users";

/** The revisioned resources whose users are read from the services' own configuration. */
export type Revisioned = {
  "vpc-connector": VpcConnector;
  observability: ObservabilityConfiguration;
};

export type RevisionFields<T> = {
  name: (item: T) => string | undefined;
  revision: (item: T) => number | undefined;
  arn: (item: T) => string | undefined;
  status: (item: T) => string | undefined;
  /** Where a service's configuration points at one. */
  usedVia: "vpcConnectorArn" | "observabilityArn";
};

/** How each kind's SDK type names its name, revision, ARN and status. */
export const REVISION_FIELDS: { [K in keyof Revisioned]: RevisionFields<Revisioned[K]> } = {
  "vpc-connector": {
    name: (c) => c.VpcConnectorName,
    revision: (c) => c.VpcConnectorRevision,
    arn: (c) => c.VpcConnectorArn,
    status: (c) => c.Status,
    usedVia: "vpcConnectorArn",
  },
  observability: {
    name: (c) => c.ObservabilityConfigurationName,
    revision: (c) => c.ObservabilityConfigurationRevision,
    arn: (c) => c.ObservabilityConfigurationArn,
    status: (c) => c.Status,
    usedVia: "observabilityArn",
  },
};

/** One revision and the services that use it. */
export type RevisionRow<T> = { item: T; users: ResourceUser[] };

type Service = Parameters<typeof usersOf>[0][number];

/**
 * Revisions as the pages list them, each with the services that use it: names in alphabetical
 * order, the newest revision of each first; only those of `name` when given.
 */
export function revisionRows<K extends keyof Revisioned>(
  kind: K,
  items: readonly Revisioned[K][],
  services: readonly Service[],
  name?: string,
): RevisionRow<Revisioned[K]>[] {
  const fields: RevisionFields<Revisioned[K]> = REVISION_FIELDS[kind];
  const named = name === undefined ? items : items.filter((item) => fields.name(item) === name);
  return groupRevisions(named, fields.name, fields.revision).flatMap((group) =>
    group.revisions.map((item) => ({
      item,
      users: usersOf(services, fields.usedVia, fields.arn(item)),
    })),
  );
}
