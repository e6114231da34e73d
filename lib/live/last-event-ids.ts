import type { LiveEntry } from "./protocol";

/**
 * The id of the last message seen of each service, as EventSource keeps one for its stream:
 * the last received, not the highest (a replica that restarted may number afresh; the merges
 * of snapshots and log lines drop what is seen twice). Ids are per service.
 */
export class LastEventIds {
  private readonly ids = new Map<string, number>();

  record(arn: string, id: number): void {
    this.ids.set(arn, id);
  }

  get(arn: string): number | undefined {
    return this.ids.get(arn);
  }

  /**
   * What to ask a stream of `arns` for: each after its last seen message, except those in
   * `replay` (a view that has just mounted needs the service's state and kept log lines).
   */
  entries(arns: readonly string[], replay: ReadonlySet<string>): LiveEntry[] {
    return arns.map((arn) => {
      const lastEventId = replay.has(arn) ? undefined : this.ids.get(arn);
      return lastEventId === undefined ? { arn } : { arn, lastEventId };
    });
  }
}
