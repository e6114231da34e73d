/**
 * Closed-loop load: `concurrency` clients each send their next request as soon as the previous
 * one is answered, for a fixed time or a fixed number of requests. Records every latency.
 */
export type LoadResult = {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  latenciesMs: number[];
  firstError: string | undefined;
};

export type LoadOptions = {
  concurrency: number;
  /** Stop after this long… */
  durationMs?: number;
  /** …or after this many requests in total. */
  total?: number;
};

/** `send(i)` resolves true when the answer was the expected one. */
export async function runLoad(
  options: LoadOptions,
  send: (index: number) => Promise<boolean | string>,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let issued = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = options.durationMs === undefined ? Infinity : started + options.durationMs;
  const total = options.total ?? Infinity;

  async function client(): Promise<void> {
    while (issued < total && performance.now() < deadline) {
      const index = issued;
      issued += 1;
      const t0 = performance.now();
      let outcome: boolean | string;
      try {
        outcome = await send(index);
      } catch (error) {
        outcome = error instanceof Error ? error.message : String(error);
      }
      latenciesMs.push(performance.now() - t0);
      if (outcome !== true) {
        errors += 1;
        firstError ??= outcome === false ? "unexpected answer" : outcome;
      }
    }
  }

  await Promise.all(Array.from({ length: options.concurrency }, () => client()));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latenciesMs.length,
    errors,
    seconds,
    perSecond: latenciesMs.length / seconds,
    latenciesMs,
    firstError,
  };
}

/**
 * Paced load: `concurrency` clients together send `ratePerSecond` requests, evenly spaced.
 * Latency counts from when a request was due, so a server that falls behind is charged for the
 * wait (no coordinated omission).
 */
export async function runPaced(
  options: { concurrency: number; ratePerSecond: number; durationMs: number },
  send: (index: number) => Promise<boolean | string>,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const interval = (1_000 * options.concurrency) / options.ratePerSecond;
  let issued = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const end = started + options.durationMs;

  async function client(offset: number): Promise<void> {
    for (let due = started + offset; due < end; due += interval) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const index = issued;
      issued += 1;
      let outcome: boolean | string;
      try {
        outcome = await send(index);
      } catch (error) {
        outcome = error instanceof Error ? error.message : String(error);
      }
      latenciesMs.push(performance.now() - due);
      if (outcome !== true) {
        errors += 1;
        firstError ??= outcome === false ? "unexpected answer" : outcome;
      }
    }
  }

  await Promise.all(
    Array.from({ length: options.concurrency }, (_, i) =>
      client((i * interval) / options.concurrency),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latenciesMs.length,
    errors,
    seconds,
    perSecond: latenciesMs.length / seconds,
    latenciesMs,
    firstError,
  };
}
