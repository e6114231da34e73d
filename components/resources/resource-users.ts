/** A service that uses a resource, as the resource pages name and link it. */
export type ResourceUser = { arn: string; name: string; id: string };

type References = {
  arn: string;
  name: string;
  id: string;
  vpcConnectorArn?: string | undefined;
  observabilityArn?: string | undefined;
  autoScalingArn?: string | undefined;
  connectionArn?: string | undefined;
};

type ReferenceKey = "vpcConnectorArn" | "observabilityArn" | "autoScalingArn" | "connectionArn";

/** The services whose configuration points at `resourceArn` through `key`, by name. */
export function usersOf(
  services: readonly References[],
  key: ReferenceKey,
  resourceArn: string | undefined,
): ResourceUser[] {
  if (!resourceArn) return [];
  return services
    .filter((s) => s[key] === resourceArn)
    .map(({ arn, name, id }) => ({ arn, name, id }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
