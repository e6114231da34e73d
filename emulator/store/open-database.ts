import { mkdirSync } from "node:fs";
import { join } from "node:path";

import Database from "better-sqlite3";

/**
 * One SQLite file under the data dir. Resources keep their API shape as JSON (`doc`) so a
 * Describe is one indexed read; columns hold only what queries filter or sort on.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS resources (
  id INTEGER PRIMARY KEY,
  arn TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL,
  -- what the row belongs to or uses: a custom domain's or ingress's service, a service's
  -- auto scaling configuration
  link TEXT,
  doc TEXT NOT NULL,
  extra TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS resources_by_kind ON resources (kind, region, id);
CREATE INDEX IF NOT EXISTS resources_by_link ON resources (link, kind, id) WHERE link IS NOT NULL;
-- The database, not only the handler, guarantees one live service per name and region.
CREATE UNIQUE INDEX IF NOT EXISTS live_service_names ON resources (region, name)
  WHERE kind = 'service' AND status <> 'DELETED';

-- The services quota is checked on every CreateService; a counter kept by triggers makes that
-- O(1) and stays right when a transaction rolls back.
CREATE TABLE IF NOT EXISTS live_service_counts (region TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TRIGGER IF NOT EXISTS count_new_service AFTER INSERT ON resources
  WHEN NEW.kind = 'service' AND NEW.status <> 'DELETED'
BEGIN
  INSERT INTO live_service_counts (region, n) VALUES (NEW.region, 1)
    ON CONFLICT (region) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS count_deleted_service AFTER UPDATE OF status ON resources
  WHEN NEW.kind = 'service' AND (OLD.status = 'DELETED') <> (NEW.status = 'DELETED')
BEGIN
  INSERT INTO live_service_counts (region, n)
    VALUES (NEW.region, CASE WHEN NEW.status = 'DELETED' THEN -1 ELSE 1 END)
    ON CONFLICT (region) DO UPDATE SET n = n + excluded.n;
END;

CREATE TABLE IF NOT EXISTS tags (
  arn TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (arn, key)
);

CREATE TABLE IF NOT EXISTS operations (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  service_arn TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  started_at REAL NOT NULL,
  ended_at REAL,
  updated_at REAL NOT NULL,
  pending TEXT
);
CREATE INDEX IF NOT EXISTS operations_by_service ON operations (service_arn, seq);

-- Planned state changes; on start every row still here is run (late ones at once).
CREATE TABLE IF NOT EXISTS timers (
  id INTEGER PRIMARY KEY,
  due_at INTEGER NOT NULL,
  action TEXT NOT NULL,
  payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS timers_by_due ON timers (due_at, id);

CREATE TABLE IF NOT EXISTS log_groups (
  name TEXT PRIMARY KEY,
  region TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS log_streams (
  group_name TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (group_name, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS log_events (
  id INTEGER PRIMARY KEY,
  group_name TEXT NOT NULL,
  stream_name TEXT NOT NULL,
  ts INTEGER NOT NULL,
  ingested INTEGER NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS log_events_by_stream ON log_events (group_name, stream_name, id);
CREATE INDEX IF NOT EXISTS log_events_by_group ON log_events (group_name, id);
`;

export type Db = Database.Database;

export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, "emulator.sqlite"));
  // One emulator per data dir: exclusive locking spares every read the shared-memory lock
  // calls (a third of a DescribeService), and a second emulator on the dir is refused.
  db.pragma("locking_mode = EXCLUSIVE");
  db.pragma("busy_timeout = 1000");
  try {
    db.pragma("journal_mode = WAL");
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === "SQLITE_BUSY")
      throw new Error(`another emulator is already using the data dir ${dataDir}`);
    throw error;
  }
  db.pragma("synchronous = NORMAL");
  // better-sqlite3 defaults to a 16 MB page cache; indexes and hot rows fit in 4 MB, and the
  // OS caches the rest. Keeps the process small with 10,000 services stored.
  db.pragma("cache_size = -4000");
  // Fewer, larger checkpoints: hot pages are copied back once per checkpoint, not per commit.
  db.pragma("wal_autocheckpoint = 8000");
  db.exec(SCHEMA);
  // Recount once at start, so the counter is right even for a data dir from an older version.
  db.exec(`DELETE FROM live_service_counts;
    INSERT INTO live_service_counts (region, n)
      SELECT region, count(*) FROM resources WHERE kind = 'service' AND status <> 'DELETED' GROUP BY region;`);
  return db;
}
