"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowDown, Download } from "lucide-react";
import { useLayoutEffect, useRef, useState } from "react";

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

/**
 * A live tail of the service's event log or the current deployment log: follows new lines
 * unless the person has scrolled up (then offers "Jump to latest"), filters, downloads.
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
  const [view, setView] = useState<"events" | "deployment">("events");
  const [filter, setFilter] = useState("");
  const stream = view === "events" || !current?.Id ? "events" : `deployment/${current.Id}`;
  // Filled by the live stream; never fetched per viewer.
  const log = useQuery({ ...serviceQueries.log(arn, stream), enabled: false });
  const lines = log.data?.lines ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = needle ? lines.filter((l) => l.message.toLowerCase().includes(needle)) : lines;

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
        Event log
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Newest at the bottom; times in UTC. Scroll up to pause following.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div
          role="group"
          aria-label="Log to show"
          className="inline-flex rounded-md border border-zinc-300 dark:border-zinc-700"
        >
          {(["events", "deployment"] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              disabled={v === "deployment" && !current?.Id}
              onClick={() => {
                setView(v);
                setFollowing(true);
                setUnseen(0);
              }}
              className={cn(
                "min-h-9 px-3 text-sm first:rounded-l-md last:rounded-r-md disabled:cursor-not-allowed disabled:text-zinc-500",
                view === v
                  ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900"
                  : "hover:bg-zinc-100 dark:hover:bg-zinc-800",
              )}
            >
              {v === "events" ? "Service events" : "Current deployment log"}
            </button>
          ))}
        </div>
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
          aria-label={view === "events" ? "Service events" : "Current deployment log"}
          data-testid="event-log"
          className="h-72 overflow-y-auto rounded-md border border-zinc-300 bg-zinc-50 p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
        >
          {shown.length === 0 ? (
            <p className="p-2 font-sans text-sm text-zinc-700 dark:text-zinc-300">
              {lines.length === 0 ? "No log lines yet." : "No lines match the filter."}
            </p>
          ) : (
            <ol>
              {shown.map((l, i) => (
                <li key={`${l.timestamp}-${i}`} className="whitespace-pre-wrap break-words py-0.5">
                  <span className="text-zinc-600 dark:text-zinc-400">{time(l.timestamp)}</span>{" "}
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
    </section>
  );
}
