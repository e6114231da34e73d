import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { StepShell } from "@/components/wizard/step-shell";
import { WizardProvider } from "@/components/wizard/wizard-provider";
import type { EditTarget } from "@/components/wizard/wizard-mode";
import { loadServiceOrProblem } from "@/lib/apprunner/api/load-or-problem";
import { defaultAutoScalingArn, loadEditBase } from "@/lib/apprunner/api/update-service";
import { serviceToValues } from "@/lib/apprunner/form/service-values";
import { editBasePath } from "@/lib/apprunner/form/steps";
import { serviceStateRefusal } from "@/lib/apprunner/rules/service-state-rules";
import { toWire } from "@/lib/apprunner/watch/wire";

import { LoadProblem } from "../load-problem";

export const dynamic = "force-dynamic";

type Editable =
  { kind: "ok"; target: EditTarget } | { kind: "refused"; serviceName: string; reason: string };

async function loadEditable(arn: string): Promise<Editable> {
  const [{ service, tags }, defaultArn] = await Promise.all([
    loadEditBase(arn),
    // Only needed to go back to the default; an edit that can't read it still opens.
    defaultAutoScalingArn().catch(() => undefined),
  ]);
  const serviceName = service.ServiceName ?? "";
  const reason = serviceStateRefusal("UpdateService", service.Status);
  if (reason) return { kind: "refused", serviceName, reason };
  return {
    kind: "ok",
    target: {
      serviceArn: arn,
      serviceName,
      serviceId: service.ServiceId ?? "",
      base: serviceToValues(toWire(service), toWire(tags)),
      baseUpdatedAt: service.UpdatedAt?.toISOString() ?? "",
      defaultAutoScalingArn: defaultArn,
      retryingCreate: service.Status === "CREATE_FAILED",
    },
  };
}

/**
 * Editing a service: the create wizard's steps and checks, started from the service as App
 * Runner describes it now, under `/services/<name>/<id>/edit/<step>`.
 */
export default async function EditServiceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ name: string; id: string }>;
}) {
  const { name, id } = await params;
  const serviceName = decodeURIComponent(name);
  const serviceId = decodeURIComponent(id);
  const servicePath = `/services/${name}/${id}`;
  const loaded = await loadServiceOrProblem(serviceName, serviceId, loadEditable);
  if (loaded.kind === "missing") notFound();
  if (loaded.kind === "problem")
    return <LoadProblem message={loaded.message} retryHref={`${servicePath}/edit`} />;
  const editable = loaded.value;
  if (editable.kind === "refused")
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">{editable.serviceName} can&apos;t be edited now</h1>
        <p role="alert">{editable.reason}</p>
        <p>
          <Link href={servicePath} className="underline">
            Back to {editable.serviceName}
          </Link>
        </p>
      </div>
    );
  return (
    <WizardProvider
      mode={{
        kind: "edit",
        basePath: editBasePath(serviceName, serviceId),
        target: editable.target,
      }}
    >
      <StepShell>{children}</StepShell>
    </WizardProvider>
  );
}
