import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { compareFromQuery, revisionEntries } from "@/components/service/history/history-model";
import { HistoryUnavailable } from "@/components/service/history/history-unavailable";
import { HistoryView } from "@/components/service/history/history-view";
import { listServiceTags } from "@/lib/apprunner/api/list-service-tags";
import { loadServiceOrProblem } from "@/lib/apprunner/api/load-or-problem";
import { loadServiceSnapshot } from "@/lib/apprunner/api/load-service-snapshot";
import { recordRevision } from "@/lib/apprunner/api/record-revision";
import { serviceToValues } from "@/lib/apprunner/form/service-values";
import { toWire, type WireService, type WireTag } from "@/lib/apprunner/watch/wire";
import { getStore, type Revision } from "@/lib/store";

import { LoadProblem } from "../load-problem";

export const dynamic = "force-dynamic";

type Query = { a?: string | string[]; b?: string | string[] };
type Props = { params: Promise<{ name: string; id: string }>; searchParams: Promise<Query> };

type History = {
  service: WireService;
  /** Undefined when they could not be read: no revision is then called current. */
  tags: WireTag[] | undefined;
  /** Undefined when the dashboard's store could not be read. */
  revisions: Revision[] | undefined;
};

async function listRevisions(arn: string): Promise<Revision[] | undefined> {
  try {
    return await (await getStore()).revisions.list(arn);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`History: could not read the revisions of ${arn}: ${reason}`);
    return undefined;
  }
}

async function loadHistory(arn: string): Promise<History> {
  const [snapshot, tags] = await Promise.all([
    loadServiceSnapshot(arn),
    listServiceTags(arn).then(toWire, () => undefined),
  ]);
  // An operation that ended while nobody watched is listed too: recorded before reading.
  await recordRevision(snapshot, tags);
  return { service: snapshot.service, tags, revisions: await listRevisions(arn) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await params;
  return { title: `History · ${decodeURIComponent(name)}` };
}

const id = (value: string | string[] | undefined) => {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) ? n : undefined;
};

export default async function ServiceHistoryPage({ params, searchParams }: Props) {
  const [{ name, id: serviceId }, query] = await Promise.all([params, searchParams]);
  const loaded = await loadServiceOrProblem(
    decodeURIComponent(name),
    decodeURIComponent(serviceId),
    loadHistory,
  );
  if (loaded.kind === "missing") notFound();
  if (loaded.kind === "problem") {
    return (
      <LoadProblem message={loaded.message} retryHref={`/services/${name}/${serviceId}/history`} />
    );
  }
  const { service, tags, revisions } = loaded.value;
  if (!revisions) return <HistoryUnavailable service={service} />;
  const entries = revisionEntries(revisions);
  const comparison = compareFromQuery(entries, query);
  return (
    <HistoryView
      service={service}
      currentValues={tags && serviceToValues(service, tags)}
      entries={entries}
      comparison={comparison}
      compare={{
        a: id(query.a) ?? entries[1]?.revision.id ?? entries[0]?.revision.id,
        b: id(query.b) ?? entries[0]?.revision.id,
      }}
    />
  );
}
