"use client";

import { useEffect, useState } from "react";

/**
 * The time, ticking every second while `active` (a running phase's clock), still otherwise.
 * Starts at `initial` (the server's render time) so the first render matches the server's HTML.
 */
export function useTicker(active: boolean, initial: number): number {
  const [now, setNow] = useState(initial);
  useEffect(() => {
    // Catch up with the browser's clock once hydrated, then tick while active.
    const first = setTimeout(() => setNow(Date.now()), 0);
    const timer = active ? setInterval(() => setNow(Date.now()), 1_000) : undefined;
    return () => {
      clearTimeout(first);
      if (timer) clearInterval(timer);
    };
  }, [active]);
  return now;
}
