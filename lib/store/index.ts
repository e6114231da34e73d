import "server-only";

import path from "node:path";

import { getSettings } from "@/lib/env";

import { auditStore, type AuditStore } from "./audit";
import { migrateToLatest } from "./migrate";
import { openDatabase } from "./open-database";
import { revisionStore, type RevisionStore } from "./revisions";
import type { Engine } from "./schema";

export type { Revision, RevisionInput, RevisionStore } from "./revisions";
export {
  AUDIT_RESULTS,
  MAX_AUDIT_PAGE,
  type AuditEntry,
  type AuditEntryInput,
  type AuditFilter,
  type AuditResult,
  type AuditStore,
} from "./audit";

/**
 * The dashboard's own data (never a copy of App Runner's state): SQLite under the data dir by
 * default, PostgreSQL when DATABASE_URL is set, one schema on both.
 */
export type Store = {
  engine: Engine;
  revisions: RevisionStore;
  /** Who changed what through Runnerdeck: append-only. */
  audit: AuditStore;
  close(): Promise<void>;
};

/** Opens (creating the SQLite file's folder if needed) and migrates to the latest version. */
export async function openStore(options: {
  databaseUrl?: string;
  sqliteFile?: string;
}): Promise<Store> {
  const { engine, db, where } = openDatabase(options);
  try {
    await migrateToLatest(db, engine, where);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    engine,
    revisions: revisionStore(db),
    audit: auditStore(db),
    close: () => (closed ??= db.destroy()),
  };
}

export const SQLITE_FILE_NAME = "dashboard.sqlite";

// Kept on globalThis so that Next's dev server, which re-evaluates modules on every edit, shares
// one store instead of opening another pool each time.
const shared = globalThis as typeof globalThis & { runnerdeckStore?: Promise<Store> };

/** The process's store from its settings, opened once and shared. */
export function getStore(): Promise<Store> {
  if (shared.runnerdeckStore) return shared.runnerdeckStore;
  const opening = openFromSettings();
  shared.runnerdeckStore = opening;
  // A failed open is not kept: the next call tries again, and reports again if it still fails.
  opening.catch(() => {
    if (shared.runnerdeckStore === opening) shared.runnerdeckStore = undefined;
  });
  return opening;
}

async function openFromSettings(): Promise<Store> {
  const settings = getSettings();
  const store = await openStore({
    databaseUrl: settings.databaseUrl,
    sqliteFile: path.join(settings.dataDir, SQLITE_FILE_NAME),
  });
  return {
    ...store,
    async close() {
      delete shared.runnerdeckStore;
      await store.close();
    },
  };
}
