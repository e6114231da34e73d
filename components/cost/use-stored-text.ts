"use client";

import { useCallback, useSyncExternalStore } from "react";

const CHANGED = "runnerdeck:cost-storage";
// What was typed this session, so typing still works when localStorage refuses to keep it.
const memory = new Map<string, string>();

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  // Another tab's change to the same entry.
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function read(key: string): string | null {
  const typed = memory.get(key);
  if (typed !== undefined) return typed;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * One localStorage entry as React state. The server (and the browser's first render) sees null,
 * then the stored text, so nothing typed before a reload is lost and hydration still agrees.
 */
export function useStoredText(key: string): [string | null, (text: string) => void] {
  const text = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const write = useCallback(
    (next: string) => {
      memory.set(key, next);
      try {
        localStorage.setItem(key, next);
      } catch {
        // Storage full or disabled (private mode): kept for this page only.
      }
      window.dispatchEvent(new Event(CHANGED));
    },
    [key],
  );
  return [text, write];
}
