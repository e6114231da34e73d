/**
 * One dashboard process for the store's tests of several processes on one database. It loads,
 * says "ready", and waits for one line on stdin: a job (store options, a service, operations).
 * All processes get their line at the same moment, open the store at once, record the
 * operations, and print one JSON line: what each record returned.
 */
import { createInterface } from "node:readline";

import { openStore } from "@/lib/store";

import type { DashboardJob, Recorded } from "./dashboard-processes";

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin });
  const job = new Promise<DashboardJob>((resolve) =>
    lines.once("line", (line) => resolve(JSON.parse(line) as DashboardJob)),
  );
  console.log("ready");
  const { options, serviceArn, operations } = await job;
  lines.close();

  const store = await openStore(options);
  try {
    const results = await Promise.all(
      operations.map((operationId) =>
        store.revisions.record({
          serviceArn,
          operationId,
          operationType: "UPDATE_SERVICE",
          operationEndedAt: null,
          actor: `pid ${process.pid}`,
          service: { ServiceArn: serviceArn },
          tags: [],
        }),
      ),
    );
    const recorded: Recorded[] = results.map(({ revision, created }) => ({
      operationId: revision.operationId,
      id: revision.id,
      created,
    }));
    console.log(JSON.stringify(recorded));
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
