"use client";

import { ExternalLink } from "lucide-react";

import { CopyButton } from "@/components/ui/copy-button";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { describeSource } from "@/lib/apprunner/watch/service-list-item";
import type { WireService } from "@/lib/apprunner/watch/wire";

import { LiveIndicator } from "./live-indicator";
import type { StreamState } from "./use-service-stream";

export function ServiceHeader({ service, stream }: { service: WireService; stream: StreamState }) {
  const source = describeSource(service);
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold break-all">{service.ServiceName}</h1>
        <span data-testid="service-status">
          <StatusBadge status={service.Status} className="text-sm" />
        </span>
      </div>
      <LiveIndicator stream={stream} />
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">Service URL</dt>
        <dd className="break-all">
          {service.ServiceUrl && service.Status !== "DELETED" ? (
            <a
              href={`https://${service.ServiceUrl}`}
              className="inline-flex items-center gap-1 text-sky-800 underline dark:text-sky-300"
              target="_blank"
              rel="noreferrer"
            >
              {service.ServiceUrl}
              <ExternalLink aria-hidden="true" className="size-3.5" />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          ) : (
            (service.ServiceUrl ?? "—")
          )}
        </dd>
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">ARN</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <code className="break-all font-mono text-xs" data-testid="service-arn">
            {service.ServiceArn}
          </code>
          {service.ServiceArn && <CopyButton value={service.ServiceArn} label="Copy ARN" />}
        </dd>
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">Source</dt>
        <dd className="break-all font-mono text-xs">{source ?? "—"}</dd>
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
