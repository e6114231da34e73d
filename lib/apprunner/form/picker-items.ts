/** What the wizard's pickers receive from the dashboard's small JSON routes. */
export type ConnectionItem = { arn: string; name: string; provider: string; status: string };
export type AutoScalingItem = { arn: string; name: string; revision: number; isDefault: boolean };
export type VpcConnectorItem = { arn: string; name: string; revision: number };
export type ObservabilityItem = { arn: string; name: string; revision: number };
export type NameCheck = { name: string; taken: boolean };
