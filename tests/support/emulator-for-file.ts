/**
 * One emulator per test file (vitest runs files in parallel, each against its own process and
 * data directory), started before the file's tests and stopped after them.
 */
import { afterAll, beforeAll } from "vitest";

import { makeClients, type Clients } from "./clients";
import { startEmulator, type EmulatorOptions, type EmulatorProcess } from "./emulator-process";

export type EmulatorContext = Clients & {
  emulator: EmulatorProcess;
  endpoint: string;
  /** New clients after a restart (the endpoint's port changes). */
  reconnect(): void;
};

export function emulatorForFile(options: EmulatorOptions = {}): EmulatorContext {
  let emulator: EmulatorProcess | undefined;
  let clients: Clients | undefined;
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the emulator has not started (see beforeAll)");
    return value;
  };

  beforeAll(async () => {
    emulator = await startEmulator(options);
    clients = makeClients(emulator.endpoint);
  }, 60_000);

  afterAll(async () => {
    clients?.appRunner.destroy();
    clients?.logs.destroy();
    await emulator?.dispose();
  });

  return {
    get emulator() {
      return need(emulator);
    },
    get endpoint() {
      return need(emulator).endpoint;
    },
    get appRunner() {
      return need(clients).appRunner;
    },
    get logs() {
      return need(clients).logs;
    },
    reconnect() {
      clients?.appRunner.destroy();
      clients?.logs.destroy();
      clients = makeClients(need(emulator).endpoint);
    },
  };
}
