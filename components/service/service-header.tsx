"use client";

import { ExternalLink, FileCode, History, Info } from "lucide-react";
import Link from "next/link";
import { Fragment } from "react";

import { useBackendKind } from "@/components/shell/backend-kind";

import { CopyButton } from "@/components/ui/copy-button";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { isLoopbackServiceUrl, serviceUrlHref } from "@/lib/apprunner/service-url";
import { servicePath } from "@/lib/apprunner/watch/service-arn";
import { describeSource } from "@/lib/apprunner/watch/service-list-item";
import type { WireService } from "@/lib/apprunner/watch/wire";

import { LiveIndicator } from "./live-indicator";
import type { StreamState } from "./use-service-stream";

/** Where a long identifier may wrap: after the separators people read it by. */
const BREAK_AFTER = /(?<=[/:.\-_@])/;

/**
 * An identifier that wraps after `/`, `:`, `.` (not mid-word) and, only if one part is wider
 * than the screen, anywhere in it, so it never widens the page.
 */
function Identifier({ value }: { value: string }) {
  return (
    <span className="[overflow-wrap:anywhere]">
      {value.split(BREAK_AFTER).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}

export function ServiceHeader({ service, stream }: { service: WireService; stream: StreamState }) {
  const source = describeSource(service);
  // On the emulator an App Runner-form URL (its simulated services) looks real but nothing
  // answers it; a `*.localhost` URL is served by the emulator's own proxy and is a link.
  const simulated =
    useBackendKind() === "emulator" &&
    !!service.ServiceUrl &&
    !isLoopbackServiceUrl(service.ServiceUrl);
  const page = service.ServiceArn && servicePath(service.ServiceArn);
  const history = page && `${page}/history`;
  const exportPath = page && `${page}/export`;
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 text-2xl font-semibold">
          <Identifier value={service.ServiceName ?? ""} />
        </h1>
        <span data-testid="service-status">
          <StatusBadge status={service.Status} className="text-sm" />
        </span>
        {history && (
          <Link href={history} className="text-sm text-sky-800 underline dark:text-sky-300">
            <History aria-hidden="true" className="mr-1 inline size-3.5 align-[-2px]" />
            History
          </Link>
        )}
        {exportPath && (
          <Link href={exportPath} className="text-sm text-sky-800 underline dark:text-sky-300">
            <FileCode aria-hidden="true" className="mr-1 inline size-3.5 align-[-2px]" />
            Export
          </Link>
        )}
      </div>
      <LiveIndicator stream={stream} />
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">Service URL</dt>
        <dd className="min-w-0">
          {!service.ServiceUrl ? (
            "—"
          ) : service.Status === "DELETED" ? (
            <Identifier value={service.ServiceUrl} />
          ) : simulated ? (
            <>
              <Identifier value={service.ServiceUrl} />
              <span className="mt-1 flex items-start gap-1 text-xs text-zinc-700 dark:text-zinc-300">
                <Info aria-hidden="true" className="mt-px size-3.5 shrink-0" />
                The local emulator simulates this service: its URL does not answer.
              </span>
            </>
          ) : (
            <a
              href={serviceUrlHref(service.ServiceUrl)}
              className="text-sky-800 underline dark:text-sky-300"
              target="_blank"
              rel="noreferrer"
            >
              <Identifier value={service.ServiceUrl} />
              <ExternalLink aria-hidden="true" className="ml-1 inline size-3.5 align-[-2px]" />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          )}
        </dd>
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">ARN</dt>
        <dd className="flex min-w-0 flex-wrap items-center gap-2">
          <code className="min-w-0 font-mono text-xs" data-testid="service-arn">
            <Identifier value={service.ServiceArn ?? ""} />
          </code>
          {service.ServiceArn && <CopyButton value={service.ServiceArn} label="Copy ARN" />}
        </dd>
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">Source</dt>
        <dd className="min-w-0 font-mono text-xs">
          {source ? <Identifier value={source} /> : "—"}
        </dd>
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">Created</dt>
        <dd>
          <RelativeTime value={service.CreatedAt} />
        </dd>
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">Updated</dt>
        <dd>
          <RelativeTime value={service.UpdatedAt} />
        </dd>
        {service.DeletedAt && (
          <>
            <dt className="font-medium text-zinc-700 dark:text-zinc-300">Deleted</dt>
            <dd>
              <RelativeTime value={service.DeletedAt} />
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
