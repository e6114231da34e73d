import type { Db } from "./open-database";

export type LogGroupRow = { name: string; region: string; created_at: number };
export type LogStreamRow = {
  group_name: string;
  name: string;
  created_at: number;
  first_event: number | null;
  last_event: number | null;
  last_ingestion: number | null;
};
export type LogEventRow = {
  id: number;
  group_name: string;
  stream_name: string;
  ts: number;
  ingested: number;
  message: string;
};

/** CloudWatch Logs' data: groups, streams and events, written by the lifecycle. */
export class LogStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      putGroup: db.prepare<[string, string, number]>(
        "INSERT OR IGNORE INTO log_groups (name, region, created_at) VALUES (?, ?, ?)",
      ),
      group: db.prepare<[string], LogGroupRow>("SELECT * FROM log_groups WHERE name = ?"),
      groups: db.prepare<[string, string, number], LogGroupRow>(
        "SELECT * FROM log_groups WHERE region = ? AND name >= ? ORDER BY name LIMIT ?",
      ),
      putStream: db.prepare<[string, string, number]>(
        "INSERT OR IGNORE INTO log_streams (group_name, name, created_at) VALUES (?, ?, ?)",
      ),
      // Event times are summarised when read (streams per group are few) rather than kept
      // up to date on every write, which is the hot path.
      streams: db.prepare<[string], LogStreamRow>(
        `SELECT s.group_name, s.name, s.created_at,
           min(e.ts) AS first_event, max(e.ts) AS last_event, max(e.ingested) AS last_ingestion
         FROM log_streams s LEFT JOIN log_events e ON e.group_name = s.group_name AND e.stream_name = s.name
         WHERE s.group_name = ? GROUP BY s.name ORDER BY s.name`,
      ),
      putEvent: db.prepare<[string, string, number, number, string]>(
        "INSERT INTO log_events (group_name, stream_name, ts, ingested, message) VALUES (?, ?, ?, ?, ?)",
      ),
      after: db.prepare<[string, string, number, number, number, number], LogEventRow>(
        "SELECT * FROM log_events WHERE group_name = ? AND stream_name = ? AND id > ? AND ts >= ? AND ts < ? ORDER BY id LIMIT ?",
      ),
      before: db.prepare<[string, string, number, number, number, number], LogEventRow>(
        "SELECT * FROM log_events WHERE group_name = ? AND stream_name = ? AND id < ? AND ts >= ? AND ts < ? ORDER BY id DESC LIMIT ?",
      ),
      inGroup: db.prepare<[string, number, number, number, number], LogEventRow>(
        "SELECT * FROM log_events WHERE group_name = ? AND id > ? AND ts >= ? AND ts < ? ORDER BY id LIMIT ?",
      ),
    };
  }

  ensureGroup(region: string, name: string, now: number): void {
    this.s.putGroup.run(name, region, now);
  }

  ensureStream(group: string, stream: string, now: number): void {
    this.s.putStream.run(group, stream, now);
  }

  /** Appends lines to a stream (creating it), all stamped `ts`. */
  append(group: string, stream: string, ts: number, messages: readonly string[]): void {
    if (messages.length === 0) return;
    const now = Date.now();
    this.s.putStream.run(group, stream, now);
    for (const message of messages) this.s.putEvent.run(group, stream, ts, now, message);
  }

  group(name: string): LogGroupRow | undefined {
    return this.s.group.get(name);
  }

  groups(region: string, fromName: string, limit: number): LogGroupRow[] {
    return this.s.groups.all(region, fromName, limit);
  }

  streams(group: string): LogStreamRow[] {
    return this.s.streams.all(group);
  }

  eventsAfter(
    group: string,
    stream: string,
    afterId: number,
    from: number,
    to: number,
    limit: number,
  ) {
    return this.s.after.all(group, stream, afterId, from, to, limit);
  }

  /** Newest first. */
  eventsBefore(
    group: string,
    stream: string,
    beforeId: number,
    from: number,
    to: number,
    limit: number,
  ) {
    return this.s.before.all(group, stream, beforeId, from, to, limit);
  }

  eventsInGroup(group: string, afterId: number, from: number, to: number, limit: number) {
    return this.s.inGroup.all(group, afterId, from, to, limit);
  }
}
