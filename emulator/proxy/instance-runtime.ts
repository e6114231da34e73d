/**
 * What the proxy and the metrics need of the runtime (emulator/runtime, which builds and runs
 * code services): the running instances of a service, one more or one fewer, and a signal when
 * their number changes. Declared here so the proxy depends on this shape only.
 */
export type RunningInstance = { instanceId: string; port: number; startedAt: number };

export interface InstanceRuntime {
  instances(serviceArn: string): RunningInstance[];
  /** Runs one more process of the current deployment; undefined when it can't (not running). */
  addInstance(serviceArn: string): Promise<{ instanceId: string; port: number } | undefined>;
  removeInstance(serviceArn: string, instanceId: string): Promise<void>;
  on(event: "instances", listener: (serviceArn: string, count: number) => void): unknown;
}
