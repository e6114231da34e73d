/**
 * The wizard's first-load JavaScript, gzip-compressed, per route, from the build's own
 * `diagnostics/route-bundle-stats.json` (Next 16 no longer prints First Load JS), of the
 * production build (see lib/production-build.ts).
 * Also checks that no client chunk carries AWS SDK code.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { machineSummary } from "./lib/machine";
import { productionBuild } from "./lib/production-build";
import { markdownTable } from "./lib/markdown-table";

const BUDGET_KB = 190;
const ROOT = path.resolve(import.meta.dirname, "..");
/** Strings only the AWS SDK puts in a bundle (its user agent and client class names). */
const SDK_MARKERS = ["aws-sdk-js", "AppRunnerClient", "CloudWatchLogsClient"];

type RouteStats = { route: string; firstLoadChunkPaths: string[] };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export default async function bundleSize(): Promise<void> {
  const distDir = productionBuild();

  const stats = JSON.parse(
    readFileSync(path.join(ROOT, distDir, "diagnostics/route-bundle-stats.json"), "utf8"),
  ) as RouteStats[];
  const gzipped = new Map<string, number>();
  const sizeOf = (chunk: string) => {
    if (!gzipped.has(chunk))
      gzipped.set(chunk, gzipSync(readFileSync(path.join(ROOT, chunk))).length);
    return gzipped.get(chunk)!;
  };
  const routes = stats
    .filter((s) => s.route === "/services" || s.route.startsWith("/services/new"))
    .sort((a, b) => a.route.localeCompare(b.route));
  let over = 0;
  const rows = routes.map((s) => {
    const raw = s.firstLoadChunkPaths.reduce(
      (sum, c) => sum + readFileSync(path.join(ROOT, c)).length,
      0,
    );
    const gz = s.firstLoadChunkPaths.reduce((sum, c) => sum + sizeOf(c), 0);
    const wizard = s.route.startsWith("/services/new");
    const ok = !wizard || gz <= BUDGET_KB * 1024;
    if (!ok) over += 1;
    return [s.route, kb(raw), kb(gz), wizard ? (ok ? "✓" : "over") : "(reference)"];
  });
  console.log(
    markdownTable(["route", "first load KB", "first load KB gzip", `≤ ${BUDGET_KB} KB gzip`], rows),
  );

  const chunkDir = path.join(ROOT, distDir, "static/chunks");
  const withSdk = readdirSync(chunkDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".js"))
    .filter((f) => {
      const text = readFileSync(path.join(chunkDir, f), "utf8");
      return SDK_MARKERS.some((m) => text.includes(m));
    });
  console.log(`\nAWS SDK in browser chunks: ${withSdk.length === 0 ? "none" : withSdk.join(", ")}`);
  console.log(`\n${machineSummary()}; gzip level 6 (Node's default).`);
  if (over > 0 || withSdk.length > 0)
    throw new Error(
      `${over} wizard route(s) over ${BUDGET_KB} KB gzip; ${withSdk.length} chunk(s) with SDK code`,
    );
}
