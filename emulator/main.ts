/**
 * The local App Runner: `npm run emulator -- --port 4599 --data-dir DIR` runs it built to
 * JavaScript (see scripts/build.ts); tests run this source with `node --import tsx`.
 * Prints one line with its endpoint when it listens; launchers and tests read the URL from it.
 */
import { parseCliOptions, USAGE, type EmulatorOptions } from "./cli-options";
import { describeSeedResult, seedSampleRepository } from "./samples/seed-sample-repository";
import { startEmulator } from "./server/create-emulator";

async function main(): Promise<void> {
  const parsed = parseCliOptions(process.argv.slice(2));
  if (parsed.ok === "help") {
    console.log(USAGE);
    return;
  }
  if (!parsed.ok) {
    // One line: the reason, then how to call it.
    console.error(`emulator: ${parsed.message}. ${USAGE}`);
    process.exit(2);
  }
  const { options } = parsed;
  await seedSample(options);
  const emulator = await startEmulator(options);
  console.log(`App Runner emulator listening on ${emulator.url} (data: ${options.dataDir})`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("emulator: error while closing:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  // A closed terminal too: the apps the runtime started stop with the emulator (a crash kills
  // their process groups from the runtime's exit hook; SIGKILL leaves them to the next start).
  process.on("SIGHUP", shutdown);
}

/**
 * The sample app as a ready repository (https://github.com/runnerdeck/hello-app) before any
 * service is restored; not when code services are simulated, since nothing reads repositories then.
 */
async function seedSample(options: EmulatorOptions): Promise<void> {
  if (options.codeServices === "simulate") return;
  const line = describeSeedResult(await seedSampleRepository(options.reposDir));
  if (line) console.error(line);
}

main().catch((error: unknown) => {
  console.error(`emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
