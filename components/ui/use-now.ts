"use client";

import { createContext, useContext, useSyncExternalStore } from "react";

const TICK_MS = 10_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * The clock, at most one tick old. Refreshing on read (not only on the timer) means a page that
 * mounts long after this module loaded never sees the load time; within a tick every caller
 * reads the same value, as React requires of a snapshot.
 */
function readClock(): number {
  const current = Date.now();
  if (current - now >= TICK_MS) now = current;
  return now;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = Date.now();
    for (const l of listeners) l();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * The time the server handled the request, given by the root layout. The server renders relative
 * times against it and the browser's first render (hydration) reads the same value, so the two
 * agree; the browser's own clock takes over right after.
 */
export const RequestTimeContext = createContext<number | undefined>(undefined);

/** The current time, re-read every few seconds; one shared timer however many callers. */
export function useNow(): number {
  const requestTime = useContext(RequestTimeContext);
  return useSyncExternalStore(subscribe, readClock, () => requestTime ?? readClock());
}
