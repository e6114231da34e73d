/**
 * `npm run bench [name ...]`: runs every `bench/*.bench.ts` in name order, or only those named
 * (`emulator` or `emulator.bench.ts`). Each file's default export prints its own Markdown table.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const SUFFIX = ".bench.ts";

type BenchModule = { default?: unknown };

function selected(files: string[], wanted: string[]): string[] {
  if (wanted.length === 0) return files;
  const names = new Set(wanted.map((name) => path.basename(name).replace(/\.bench\.ts$/, "")));
  const unknown = [...names].filter((name) => !files.includes(`${name}${SUFFIX}`));
  if (unknown.length > 0) {
    const known = files.map((file) => file.slice(0, -SUFFIX.length)).join(", ");
    throw new Error(`no such benchmark: ${unknown.join(", ")} (have: ${known || "none"})`);
  }
  return files.filter((file) => names.has(file.slice(0, -SUFFIX.length)));
}

async function main(): Promise<number> {
  const files = readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith(SUFFIX))
    .sort();
  const chosen = selected(files, process.argv.slice(2));
  let failures = 0;
  for (const file of chosen) {
    console.log(`\n## ${file.slice(0, -SUFFIX.length)}\n`);
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(path.join(BENCH_DIR, file)).href)) as BenchModule;
      if (typeof mod.default !== "function")
        throw new Error(`${file} has no default export function`);
      await (mod.default as () => Promise<void>)();
    } catch (error) {
      failures += 1;
      console.error(
        `${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    console.log(`\n_(${file} took ${((performance.now() - started) / 1000).toFixed(1)} s)_`);
  }
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
