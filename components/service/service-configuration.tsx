"use client";

import { useQuery } from "@tanstack/react-query";
import { Copy, FileJson } from "lucide-react";
import Link from "next/link";

import { buttonClasses } from "@/components/ui/button";
import type { WireService, WireTag } from "@/lib/apprunner/watch/wire";
import { serviceQueries } from "@/lib/query/service-queries";

import { CONFIGURATION_SECTIONS, type TagsState } from "./configuration-sections";

function exportJson(service: WireService, tags: WireTag[] | undefined): void {
  // The DescribeService output as `aws apprunner describe-service` prints it, plus the tags
  // (ListTagsForResource) beside it, since DescribeService leaves them out. Tags that could not
  // be read are left out rather than written as an empty list.
  const document = tags ? { Service: service, Tags: tags } : { Service: service };
  const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], {
    type: "application/json",
  });
  const url = URL.createObjectURL(blob);
  const a = window.document.createElement("a");
  a.href = url;
  a.download = `${service.ServiceName ?? "service"}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Every configuration section, read-only, in the wizard's order; Duplicate and Export JSON. */
export function ServiceConfiguration({ arn, service }: { arn: string; service: WireService }) {
  const tagsQuery = useQuery(serviceQueries.tags(arn));
  const tags = tagsQuery.data?.tags;
  const tagsState: TagsState = tags
    ? { tags }
    : tagsQuery.isError
      ? { note: `Could not be read: ${tagsQuery.error.message}` }
      : { note: "Loading…" };
  return (
    <section aria-labelledby="config-heading" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="config-heading" className="text-lg font-semibold">
          Configuration
        </h2>
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/services/new?from=${encodeURIComponent(arn)}`}
            className={buttonClasses("secondary")}
          >
            <Copy aria-hidden="true" className="size-4" />
            Duplicate
          </Link>
          <button
            type="button"
            className={buttonClasses("secondary")}
            onClick={() => exportJson(service, tags)}
          >
            <FileJson aria-hidden="true" className="size-4" />
            Export JSON
          </button>
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {CONFIGURATION_SECTIONS.map((section) => (
          <div
            key={section.title}
            className="rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
          >
            <h3 className="mb-2 font-medium">{section.title}</h3>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(8rem,max-content)_1fr]">
              {section.rows(service, tagsState).map((row) => (
                <div key={row.label} className="contents">
                  <dt className="text-zinc-700 dark:text-zinc-300">{row.label}</dt>
                  <dd className="break-all">
                    {Array.isArray(row.value) ? (
                      <ul>
                        {row.value.map((v) => (
                          <li key={v} className="font-mono text-xs">
                            {v}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      (row.value ?? "—")
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </section>
  );
}
