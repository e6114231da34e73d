/**
 * What the dashboard does when it is told to stop (SIGTERM from a process manager or a rolling
 * deploy, SIGINT from Ctrl-C). Next.js's server then stops taking connections and waits for the
 * open ones to finish before it exits; a live stream never finishes by itself, so each is ended
 * here, and the watch hub hands its Redis leases back, so the browsers reconnect (to another
 * replica, or to this one when it is back) with their Last-Event-ID at once. Requests under way
 * get `SHUTDOWN_GRACE_MS` to finish.
 *
 * Kept on `globalThis`, as the hub is: route handlers and server actions can be bundled apart.
 */
const KEY = Symbol.for("runnerdeck.shutdown");

type Registry = { stopping: boolean; hooks: Set<() => void>; lastHooks: Set<() => void> };
type WithRegistry = typeof globalThis & { [KEY]?: Registry };

const SIGNALS = ["SIGTERM", "SIGINT"] as const;
/**
 * How long requests already under way get to finish. Next.js exits once every connection has
 * closed, but a browser that polls on a kept-alive connection keeps its connection busy for
 * ever: past this, the process exits anyway (as the signal's default would), well inside a
 * process manager's own grace period (Kubernetes: 30 s).
 */
export const SHUTDOWN_GRACE_MS = 5_000;
const EXIT_CODES: Record<(typeof SIGNALS)[number], number> = { SIGINT: 130, SIGTERM: 143 };

function registry(): Registry {
  const scope = globalThis as WithRegistry;
  const existing = scope[KEY];
  if (existing) return existing;
  const created: Registry = { stopping: false, hooks: new Set(), lastHooks: new Set() };
  scope[KEY] = created;
  const run = (signal: (typeof SIGNALS)[number]) => {
    for (const other of SIGNALS) process.removeListener(other, run);
    if (!created.stopping) {
      created.stopping = true;
      for (const hook of [...created.hooks, ...created.lastHooks]) {
        try {
          hook();
        } catch (error) {
          console.error("shutdown hook failed:", error);
        }
      }
    }
    // Nobody else handles the signal (Next.js does unless NEXT_MANUAL_SIG_HANDLE is set): stop
    // as the signal would have without this listener.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    else setTimeout(() => process.exit(EXIT_CODES[signal]), SHUTDOWN_GRACE_MS).unref();
  };
  for (const signal of SIGNALS) process.on(signal, run);
  return created;
}

/**
 * Runs `hook` once when the process is told to stop (at once if it already is). Returns the
 * way to take it back, e.g. when the stream it would end has ended on its own. A `last` hook
 * runs after all the others: the watch hub closes after the streams have ended, so a browser
 * hears its stream end (and reconnects), not each of its services' loops end.
 */
export function onShutdown(hook: () => void, { last = false } = {}): () => void {
  const { stopping, hooks, lastHooks } = registry();
  if (stopping) {
    queueMicrotask(hook);
    return () => {};
  }
  const set = last ? lastHooks : hooks;
  set.add(hook);
  return () => set.delete(hook);
}
