import type { ResourceStore } from "../store/resource-store";
import type { ServiceUrls } from "./service-urls";

type Row = { arn: string; doc: string };
type PendingRow = { id: string; pending: string };

function withUrl(doc: string, urls: ServiceUrls): string | undefined {
  const parsed = JSON.parse(doc) as { ServiceUrl?: string };
  if (typeof parsed.ServiceUrl !== "string") return undefined;
  const url = urls.current(parsed.ServiceUrl);
  return url === parsed.ServiceUrl ? undefined : JSON.stringify({ ...parsed, ServiceUrl: url });
}

/**
 * Brings every stored ServiceUrl to the form and port this start uses: a restart on another
 * port (tests pick any free one) or with another `--service-urls` must not leave dead links.
 * The ten characters and the region never change, so a service keeps its identity; custom
 * domains' DNSTarget is read from the service and follows. Updates waiting in operations carry
 * a whole service document, so they follow too.
 */
export function syncServiceUrls(store: ResourceStore, urls: ServiceUrls): number {
  const { db } = store;
  const services = db.prepare<[], Row>("SELECT arn, doc FROM resources WHERE kind = 'service'");
  const saveDoc = db.prepare<[string, string]>("UPDATE resources SET doc = ? WHERE arn = ?");
  const pending = db.prepare<[], PendingRow>(
    "SELECT id, pending FROM operations WHERE pending IS NOT NULL",
  );
  const savePending = db.prepare<[string, string]>(
    "UPDATE operations SET pending = ? WHERE id = ?",
  );
  let changed = 0;
  store.transaction(() => {
    for (const row of services.all()) {
      const doc = withUrl(row.doc, urls);
      if (doc === undefined) continue;
      saveDoc.run(doc, row.arn);
      changed++;
    }
    for (const row of pending.all()) {
      const doc = withUrl(row.pending, urls);
      if (doc !== undefined) savePending.run(doc, row.id);
    }
  });
  return changed;
}
