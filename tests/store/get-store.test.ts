/**
 * The process's store as the dashboard gets it: from the settings, opened once. The default is
 * SQLite in `<RUNNERDECK_DATA_DIR>/dashboard.sqlite`, made on first use.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, expect, it } from "vitest";

import { getStore } from "@/lib/store";

let dataDir = "";
const saved = { dataDir: process.env.RUNNERDECK_DATA_DIR, url: process.env.DATABASE_URL };

beforeAll(() => {
  dataDir = path.join(mkdtempSync(path.join(tmpdir(), "runnerdeck-data-")), "not-made-yet");
  process.env.RUNNERDECK_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
});

afterAll(() => {
  for (const [name, value] of [
    ["RUNNERDECK_DATA_DIR", saved.dataDir],
    ["DATABASE_URL", saved.url],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

it("opens SQLite under the data dir once, shares it, and opens it again after a close", async () => {
  const [first, second] = await Promise.all([getStore(), getStore()]);
  expect(first).toBe(second);
  expect(first.engine).toBe("sqlite");
  expect(existsSync(path.join(dataDir, "dashboard.sqlite"))).toBe(true);

  const { revision } = await first.revisions.record({
    serviceArn: "arn:aws:apprunner:us-east-1:123456789012:service/shop-api/1",
    operationId: "op-1",
    operationType: "CREATE_SERVICE",
    operationEndedAt: null,
    actor: null,
    service: { ServiceName: "shop-api" },
    tags: [],
  });
  await first.close();

  const reopened = await getStore();
  expect(reopened).not.toBe(first);
  expect(await reopened.revisions.get(revision.serviceArn, revision.id)).toEqual(revision);
  await reopened.close();
});
