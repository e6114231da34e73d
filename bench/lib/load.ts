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

/** `send(i)` resolves true when the answer was the expected one, else false or what went wrong. */
type Send = (index: number) => Promise<boolean | string>;

/** What both kinds of load share: numbering requests, timing them, counting the failed ones. */
class Recorder {
  private readonly latenciesMs: number[] = [];
  private errors = 0;
  private firstError: string | undefined;
  issued = 0;
  readonly started = performance.now();

  constructor(private readonly send: Send) {}

  /** Sends the next request; its latency counts from `since`. */
  async sendNext(since: number): Promise<void> {
    const index = this.issued;
    this.issued += 1;
    let outcome: boolean | string;
    try {
      outcome = await this.send(index);
    } catch (error) {
      outcome = error instanceof Error ? error.message : String(error);
    }
    this.latenciesMs.push(performance.now() - since);
    if (outcome !== true) {
      this.errors += 1;
      this.firstError ??= outcome === false ? "unexpected answer" : outcome;
    }
  }

  result(): LoadResult {
    const seconds = (performance.now() - this.started) / 1000;
    return {
      requests: this.latenciesMs.length,
      errors: this.errors,
      seconds,
      perSecond: this.latenciesMs.length / seconds,
      latenciesMs: this.latenciesMs,
      firstError: this.firstError,
    };
  }
}

export async function runLoad(options: LoadOptions, send: Send): Promise<LoadResult> {
  const recorder = new Recorder(send);
  const deadline =
    options.durationMs === undefined ? Infinity : recorder.started + options.durationMs;
  const total = options.total ?? Infinity;

  async function client(): Promise<void> {
    while (recorder.issued < total && performance.now() < deadline)
      await recorder.sendNext(performance.now());
  }

  await Promise.all(Array.from({ length: options.concurrency }, () => client()));
  return recorder.result();
}

/**
 * Paced load: `concurrency` clients together send `ratePerSecond` requests, evenly spaced.
 * Latency counts from when a request was due, so a server that falls behind is charged for the
 * wait (no coordinated omission).
 */
export async function runPaced(
  options: { concurrency: number; ratePerSecond: number; durationMs: number },
  send: Send,
): Promise<LoadResult> {
  const recorder = new Recorder(send);
  const interval = (1_000 * options.concurrency) / options.ratePerSecond;
  const end = recorder.started + options.durationMs;

  async function client(offset: number): Promise<void> {
    for (let due = recorder.started + offset; due < end; due += interval) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await recorder.sendNext(due);
    }
  }

  await Promise.all(
    Array.from({ length: options.concurrency }, (_, i) =>
      client((i * interval) / options.concurrency),
    ),
  );
  return recorder.result();
}
