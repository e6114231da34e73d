/** `npm start`: the built launcher and emulator under plain node (see ensure-build.mjs). */
import { fileURLToPath } from "node:url";

import { builtModule, ensureBuild } from "./ensure-build.mjs";

await ensureBuild();
const { run } = await import(builtModule("run.mjs"));
run({ next: "start", emulator: [fileURLToPath(builtModule("emulator.mjs"))] });
