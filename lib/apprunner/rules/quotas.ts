/**
 * App Runner's quotas on how many resources an account (or a service) may hold. Only a server
 * that knows the account's resources can enforce them, as the emulator does; they live here with
 * App Runner's other limits so that nothing else writes them again.
 */
export const QUOTAS = {
  /** Auto scaling configuration names per region, and active revisions of one name. */
  autoScalingNames: 10,
  autoScalingRevisionsPerName: 5,
  /** The same two for observability configurations. */
  observabilityNames: 10,
  observabilityRevisionsPerName: 5,
  connections: 100,
  vpcConnectors: 100,
  vpcIngressConnections: 100,
  customDomainsPerService: 5,
} as const;

/** Tags per resource (the model's TagList has no length limit). Apart from QUOTAS, which only a
 * server can enforce: a request alone can break this one, so the wizard checks it too. */
export const MAX_TAGS = 50;
