import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AutoScalingCreateForm } from "@/components/resources/auto-scaling-create-form";
import { AutoScalingRevision } from "@/components/resources/auto-scaling-revision";
import { ResourceLoadProblem } from "@/components/resources/resource-load-problem";
import { loadAutoScalingName } from "@/lib/apprunner/api/load-auto-scaling-name";
import { loadOrProblem } from "@/lib/apprunner/api/load-or-problem";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Auto scaling ${decodeURIComponent((await params).name)}` };
}

export default async function AutoScalingNamePage({ params }: Params) {
  const name = decodeURIComponent((await params).name);
  const loaded = await loadOrProblem(() => loadAutoScalingName(name));
  if (!loaded.ok)
    return (
      <ResourceLoadProblem
        title="The auto scaling configuration could not be loaded"
        message={loaded.message}
        retryHref={`/auto-scaling/${encodeURIComponent(name)}`}
      />
    );
  if (loaded.value.length === 0) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/auto-scaling" className="underline">
          Auto scaling configurations
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">{name}</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {loaded.value.length === 1
          ? "1 active revision"
          : `${loaded.value.length} active revisions`}
        , newest first. A service keeps the revision it was given until it is updated.
      </p>
      {loaded.value.map(({ config, users }) => (
        <AutoScalingRevision
          key={config.AutoScalingConfigurationArn}
          config={config}
          users={users}
        />
      ))}
      <AutoScalingCreateForm name={name} />
    </div>
  );
}
