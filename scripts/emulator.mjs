/** `npm run emulator -- --port 4599 ...`: the built emulator under plain node (see ensure-build.mjs). */
import { builtModule, ensureBuild } from "./ensure-build.mjs";

await ensureBuild();
// The emulator reads its flags from process.argv.slice(2): this script's own arguments.
await import(builtModule("emulator.mjs"));
