import type { Db } from "./open-database";

export type ResourceKind =
  | "service"
  | "auto-scaling"
  | "connection"
  | "vpc-connector"
  | "vpc-ingress"
  | "observability"
  | "custom-domain";

export type ResourceRow = {
  id: number;
  arn: string;
  kind: ResourceKind;
  region: string;
  name: string;
  status: string;
  link: string | null;
  doc: string;
  extra: string;
};

export type NewResource = Omit<ResourceRow, "id">;

export type OperationRow = {
  seq: number;
  id: string;
  service_arn: string;
  type: string;
  status: string;
  started_at: number;
  ended_at: number | null;
  updated_at: number;
  pending: string | null;
};

export type TimerRow = { id: number; due_at: number; action: string; payload: string };

export type Tag = { Key: string; Value: string };

/** Every query the emulator runs, prepared once: the hot paths do no SQL parsing. */
export class ResourceStore {
  private readonly s;

  constructor(readonly db: Db) {
    this.s = {
      get: db.prepare<[string], ResourceRow>("SELECT * FROM resources WHERE arn = ?"),
      insert: db.prepare<NewResource>(
        "INSERT INTO resources (arn, kind, region, name, status, link, doc, extra) VALUES (@arn, @kind, @region, @name, @status, @link, @doc, @extra)",
      ),
      update: db.prepare<Pick<ResourceRow, "arn" | "status" | "doc" | "extra" | "link">>(
        "UPDATE resources SET status = @status, doc = @doc, extra = @extra, link = @link WHERE arn = @arn",
      ),
      remove: db.prepare<[string]>("DELETE FROM resources WHERE arn = ?"),
      page: db.prepare<[string, string, number, number], ResourceRow>(
        "SELECT * FROM resources WHERE kind = ? AND region = ? AND id > ? ORDER BY id LIMIT ?",
      ),
      pageLive: db.prepare<[string, string, number, number], ResourceRow>(
        "SELECT * FROM resources WHERE kind = ? AND region = ? AND id > ? AND status <> 'DELETED' ORDER BY id LIMIT ?",
      ),
      all: db.prepare<[string, string], ResourceRow>(
        "SELECT * FROM resources WHERE kind = ? AND region = ? ORDER BY id",
      ),
      byLink: db.prepare<[string, string], ResourceRow>(
        "SELECT * FROM resources WHERE link = ? AND kind = ? ORDER BY id",
      ),
      liveByName: db.prepare<[string, string], ResourceRow>(
        "SELECT * FROM resources WHERE kind = 'service' AND region = ? AND name = ? AND status <> 'DELETED'",
      ),
      serviceUsing: db.prepare<[string, string, string], { arn: string }>(
        "SELECT arn FROM resources WHERE kind = 'service' AND region = ? AND status <> 'DELETED' AND json_extract(doc, ?) = ? LIMIT 1",
      ),
      countLiveServices: db.prepare<[string], { n: number }>(
        "SELECT n FROM live_service_counts WHERE region = ?",
      ),
      tags: db.prepare<[string], Tag>(
        "SELECT key AS Key, value AS Value FROM tags WHERE arn = ? ORDER BY rowid",
      ),
      tag: db.prepare<[string, string], { value: string }>(
        "SELECT value FROM tags WHERE arn = ? AND key = ?",
      ),
      putTag: db.prepare<[string, string, string]>(
        "INSERT INTO tags (arn, key, value) VALUES (?, ?, ?) ON CONFLICT (arn, key) DO UPDATE SET value = excluded.value",
      ),
      removeTag: db.prepare<[string, string]>("DELETE FROM tags WHERE arn = ? AND key = ?"),
      insertOp: db.prepare<Omit<OperationRow, "seq">>(
        "INSERT INTO operations (id, service_arn, type, status, started_at, ended_at, updated_at, pending) VALUES (@id, @service_arn, @type, @status, @started_at, @ended_at, @updated_at, @pending)",
      ),
      getOp: db.prepare<[string], OperationRow>("SELECT * FROM operations WHERE id = ?"),
      updateOp: db.prepare<[string, number, number | null, string]>(
        "UPDATE operations SET status = ?, updated_at = ?, ended_at = ? WHERE id = ?",
      ),
      pageOps: db.prepare<[string, number, number], OperationRow>(
        "SELECT * FROM operations WHERE service_arn = ? AND seq < ? ORDER BY seq DESC LIMIT ?",
      ),
      insertTimer: db.prepare<[number, string, string]>(
        "INSERT INTO timers (due_at, action, payload) VALUES (?, ?, ?)",
      ),
      nextTimer: db.prepare<[], { due_at: number }>(
        "SELECT due_at FROM timers ORDER BY due_at, id LIMIT 1",
      ),
      dueTimers: db.prepare<[number, number], TimerRow>(
        "SELECT * FROM timers WHERE due_at <= ? ORDER BY due_at, id LIMIT ?",
      ),
      deleteTimer: db.prepare<[number]>("DELETE FROM timers WHERE id = ?"),
    };
  }

  get(arn: string): ResourceRow | undefined {
    return this.s.get.get(arn);
  }

  insert(row: NewResource): void {
    this.s.insert.run(row);
  }

  update(row: Pick<ResourceRow, "arn" | "status" | "doc" | "extra" | "link">): void {
    this.s.update.run(row);
  }

  /** Stores a resource's new API document and the status it is listed under. */
  saveDoc(row: ResourceRow, status: string, doc: object): void {
    this.update({ ...row, status, doc: JSON.stringify(doc) });
  }

  remove(arn: string): void {
    this.s.remove.run(arn);
  }

  /** Rows of one kind after `afterId`, in creation order; `liveOnly` skips DELETED ones. */
  page(kind: ResourceKind, region: string, afterId: number, limit: number, liveOnly = false) {
    return (liveOnly ? this.s.pageLive : this.s.page).all(kind, region, afterId, limit);
  }

  all(kind: ResourceKind, region: string): ResourceRow[] {
    return this.s.all.all(kind, region);
  }

  linkedTo(link: string, kind: ResourceKind): ResourceRow[] {
    return this.s.byLink.all(link, kind);
  }

  liveServiceByName(region: string, name: string): ResourceRow | undefined {
    return this.s.liveByName.get(region, name);
  }

  /** A live service whose document has `value` at the JSON path, if any (for "in use" rules). */
  serviceUsing(region: string, jsonPath: string, value: string): string | undefined {
    return this.s.serviceUsing.get(region, jsonPath, value)?.arn;
  }

  countLiveServices(region: string): number {
    return this.s.countLiveServices.get(region)?.n ?? 0;
  }

  tags(arn: string): Tag[] {
    return this.s.tags.all(arn);
  }

  tag(arn: string, key: string): string | undefined {
    return this.s.tag.get(arn, key)?.value;
  }

  putTags(arn: string, tags: readonly Tag[]): void {
    for (const t of tags) this.s.putTag.run(arn, t.Key, t.Value);
  }

  removeTags(arn: string, keys: readonly string[]): void {
    for (const key of keys) this.s.removeTag.run(arn, key);
  }

  insertOperation(op: Omit<OperationRow, "seq">): void {
    this.s.insertOp.run(op);
  }

  operation(id: string): OperationRow | undefined {
    return this.s.getOp.get(id);
  }

  updateOperation(id: string, status: string, updatedAt: number, endedAt: number | null): void {
    this.s.updateOp.run(status, updatedAt, endedAt, id);
  }

  /** Newest first: operations of a service with seq below `beforeSeq`. */
  operations(serviceArn: string, beforeSeq: number, limit: number): OperationRow[] {
    return this.s.pageOps.all(serviceArn, beforeSeq, limit);
  }

  insertTimer(dueAt: number, action: string, payload: string): void {
    this.s.insertTimer.run(dueAt, action, payload);
  }

  nextTimerDue(): number | undefined {
    return this.s.nextTimer.get()?.due_at;
  }

  dueTimers(now: number, limit: number): TimerRow[] {
    return this.s.dueTimers.all(now, limit);
  }

  deleteTimer(id: number): void {
    this.s.deleteTimer.run(id);
  }

  /** Runs `fn` atomically; nested calls become savepoints. */
  transaction<T>(fn: () => T): T {
    return this.db.inTransaction ? this.db.transaction(fn)() : this.db.transaction(fn).immediate();
  }
}
