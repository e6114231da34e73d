import type { SourceLike } from "./live-connection";
import { CHANNEL_NAME, LiveTab, type ChannelLike, type LiveTabEnv } from "./live-tab";

let tab: LiveTab | undefined;

/** This browser's APIs; Web Locks is missing outside secure contexts (plain HTTP, not localhost). */
function browserEnv(): LiveTabEnv {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  const shared = locks && typeof BroadcastChannel === "function";
  return {
    locks: shared ? locks : undefined,
    channel: shared
      ? () => new BroadcastChannel(CHANNEL_NAME) as unknown as ChannelLike
      : undefined,
    openSource: (url) => new EventSource(url) as unknown as SourceLike,
  };
}

/** The tab's one LiveTab, made on first use in the browser and kept for the page's life. */
export function getLiveTab(): LiveTab {
  if (tab) return tab;
  const created = new LiveTab(browserEnv());
  addEventListener("pagehide", () => created.hide());
  addEventListener("pageshow", (event) => {
    if (event.persisted) created.resume();
  });
  // Page Lifecycle (Chromium): a hidden tab may be frozen, and later resumed.
  document.addEventListener("freeze", () => created.freeze());
  document.addEventListener("resume", () => created.resume());
  tab = created;
  return created;
}
