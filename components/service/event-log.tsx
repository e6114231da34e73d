"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowDown, Download } from "lucide-react";
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import type { WireOperation } from "@/lib/apprunner/watch/wire";
import { serviceQueries } from "@/lib/query/service-queries";

import { downloadLog } from "./log-download";

/** How close to the bottom (px) still counts as "following" the log. */
const FOLLOW_SLACK = 24;

function time(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

type View = "events" | "deployment" | "application";

const TAB_LABELS: Record<View, string> = {
  events: "Service events",
  deployment: "Current deployment log",
  application: "Application log",
};
const VIEWS = Object.keys(TAB_LABELS) as View[];

/** A line as shown: the application log's lines also name the instance that wrote them. */
type ShownLine = { timestamp: number; message: string; instance?: string };

/**
 * A live tail of the service's event log, the current deployment log or the application log
 * (tabs, as the WAI-ARIA tabs pattern: arrow keys, Home and End move between them). Follows new
 * lines unless the person has scrolled up (then offers "Jump to latest"), filters, downloads.
 * The event and deployment logs come with the live stream; the application log (the app's own
 * output, every instance's stream merged by time) is read every few seconds while its tab is open.
 */
export function EventLog({
  arn,
  serviceName,
  current,
}: {
  arn: string;
  serviceName: string;
  current: WireOperation | undefined;
}) {
  const [view, setView] = useState<View>("events");
  const [filter, setFilter] = useState("");
  const ids = useId();
  const stream =
    view === "application"
      ? "application"
      : view === "events" || !current?.Id
        ? "events"
        : `deployment/${current.Id}`;
  // Filled by the live stream; never fetched per viewer.
  const log = useQuery({
    ...serviceQueries.log(arn, stream === "application" ? "events" : stream),
    enabled: false,
  });
  const appLog = useQuery({
    ...serviceQueries.applicationLog(arn),
    enabled: view === "application",
  });
  const lines: ShownLine[] =
    view === "application" ? (appLog.data?.lines ?? []) : (log.data?.lines ?? []);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? lines.filter((l) => l.message.toLowerCase().includes(needle)) : lines;
  const enabledViews = VIEWS.filter((v) => v !== "deployment" || current?.Id);

  const choose = (v: View) => {
    setView(v);
    setFollowing(true);
    setUnseen(0);
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = enabledViews.indexOf(view);
    const to =
      event.key === "ArrowRight"
        ? enabledViews[(at + 1) % enabledViews.length]
        : event.key === "ArrowLeft"
          ? enabledViews[(at - 1 + enabledViews.length) % enabledViews.length]
          : event.key === "Home"
            ? enabledViews[0]
            : event.key === "End"
              ? enabledViews.at(-1)
              : undefined;
    if (!to) return;
    event.preventDefault();
    choose(to);
    document.getElementById(`${ids}-tab-${to}`)?.focus();
  };

  const box = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);
  const [unseen, setUnseen] = useState(0);
  const seenCount = useRef(shown.length);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const added = shown.length - seenCount.current;
    seenCount.current = shown.length;
    if (following) el.scrollTop = el.scrollHeight;
    else if (added > 0) setUnseen((n) => n + added);
  }, [shown.length, following]);

  const onScroll = () => {
    const el = box.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight <= FOLLOW_SLACK;
    setFollowing(atBottom);
    if (atBottom) setUnseen(0);
  };

  const jump = () => {
    setFollowing(true);
    setUnseen(0);
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  };

  return (
    <section aria-labelledby="event-log-heading" className="space-y-2">
      <h2 id="event-log-heading" className="text-lg font-semibold">
        Logs
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Newest at the bottom; times in UTC. Scroll up to pause following.
        {view === "application" &&
          " The application log is your app's own output from every instance (the instance id is in brackets), read again every few seconds while this tab is open."}
      </p>
      <div
        role="tablist"
        aria-label="Log to show"
        className="flex flex-wrap rounded-md border border-zinc-300 sm:inline-flex dark:border-zinc-700"
      >
        {VIEWS.map((v) => (
          <button
            key={v}
            id={`${ids}-tab-${v}`}
            type="button"
            role="tab"
            aria-selected={view === v}
            aria-controls={`${ids}-panel`}
            tabIndex={view === v ? 0 : -1}
            disabled={v === "deployment" && !current?.Id}
            onClick={() => choose(v)}
            onKeyDown={onTabKey}
            className={cn(
              "min-h-9 px-3 text-sm first:rounded-l-md last:rounded-r-md disabled:cursor-not-allowed disabled:text-zinc-500",
              view === v
                ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900"
                : "hover:bg-zinc-100 dark:hover:bg-zinc-800",
            )}
          >
            {TAB_LABELS[v]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${ids}-panel`}
        aria-labelledby={`${ids}-tab-${view}`}
        className="space-y-2"
      >
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-40 flex-1 space-y-1">
            <label htmlFor="log-filter" className="block text-sm font-medium">
              Filter
            </label>
            <Input
              id="log-filter"
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder="Text in the line"
            />
          </div>
          <Button
            variant="secondary"
            onClick={() => downloadLog(`${serviceName}-${stream.replace("/", "-")}.log`, lines)}
            disabled={lines.length === 0}
          >
            <Download aria-hidden="true" className="size-4" />
            Download
          </Button>
        </div>
        <div className="relative">
          <div
            ref={box}
            onScroll={onScroll}
            tabIndex={0}
            role="log"
            aria-live="off"
            aria-label={TAB_LABELS[view]}
            data-testid="event-log"
            className="h-72 overflow-y-auto rounded-md border border-zinc-300 bg-zinc-50 p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
          >
            {shown.length === 0 ? (
              <p className="p-2 font-sans text-sm text-zinc-700 dark:text-zinc-300">
                {view === "application" && appLog.isPending
                  ? "Loading the application log…"
                  : view === "application" && appLog.isError
                    ? `The application log could not be read: ${appLog.error.message}`
                    : lines.length === 0
                      ? "No log lines yet."
                      : "No lines match the filter."}
              </p>
            ) : (
              <ol>
                {shown.map((l, i) => (
                  <li
                    key={`${l.timestamp}-${i}`}
                    className="whitespace-pre-wrap break-words py-0.5"
                  >
                    <span className="text-zinc-600 dark:text-zinc-400">{time(l.timestamp)}</span>{" "}
                    {l.instance !== undefined && (
                      <span className="text-zinc-600 dark:text-zinc-400" title={l.instance}>
                        <span className="sr-only">instance </span>[{l.instance.slice(0, 8)}]{" "}
                      </span>
                    )}
                    {l.message}
                  </li>
                ))}
              </ol>
            )}
          </div>
          {!following && (
            <Button variant="secondary" onClick={jump} className="absolute bottom-3 right-5 shadow">
              <ArrowDown aria-hidden="true" className="size-4" />
              Jump to latest{unseen > 0 ? ` (${unseen} new)` : ""}
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
