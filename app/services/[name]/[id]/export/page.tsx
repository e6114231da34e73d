import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ExportView } from "@/components/export/export-view";
import { loadServiceOrProblem } from "@/lib/apprunner/api/load-or-problem";
import { loadEditBase } from "@/lib/apprunner/api/update-service";
import { serviceToValues } from "@/lib/apprunner/form/service-values";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import { toWire } from "@/lib/apprunner/watch/wire";
import { exportFiles } from "@/lib/export/export-files";
import { migrationReport } from "@/lib/export/migration-report";

import { LoadProblem } from "../load-problem";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string; id: string }> };

/**
 * The service's whole configuration (DescribeService and its tags, both needed: an export
 * without the tags would be quietly incomplete) as the request that would create it again.
 */
async function loadExports(arn: string) {
  const { service, tags } = await loadEditBase(arn);
  const input = toCreateServiceInput(serviceToValues(toWire(service), toWire(tags)));
  return { files: exportFiles(input), report: migrationReport(input) };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { name } = await params;
  return { title: `Export · ${decodeURIComponent(name)}` };
}

export default async function ServiceExportPage({ params }: Params) {
  const { name, id } = await params;
  const serviceName = decodeURIComponent(name);
  const servicePath = `/services/${name}/${id}`;
  const loaded = await loadServiceOrProblem(serviceName, decodeURIComponent(id), loadExports);
  if (loaded.kind === "missing") notFound();
  if (loaded.kind === "problem") {
    return <LoadProblem message={loaded.message} retryHref={`${servicePath}/export`} />;
  }
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={servicePath} className="text-sky-800 underline dark:text-sky-300">
            Back to {serviceName}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold [overflow-wrap:anywhere]">Export {serviceName}</h1>
        <p className="max-w-prose text-sm text-zinc-700 dark:text-zinc-300">
          The service&apos;s configuration as infrastructure code, and its Amazon ECS Express Mode
          counterpart with a report of what carries over. The same service always exports the same
          text.
        </p>
      </header>
      <ExportView files={loaded.value.files} report={loaded.value.report} />
    </div>
  );
}
