/** `npm run dev`: the launcher with `next dev` and the emulator from source, nothing to build. */
import { run } from "./run";

run({ next: "dev", emulator: ["--import", "tsx", "emulator/main.ts"] });
