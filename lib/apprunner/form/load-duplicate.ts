import "server-only";

import { DescribeServiceCommand } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";
import { toApiError } from "@/lib/apprunner/errors";

import { fromService } from "./from-service";
import type { WizardValues } from "./wizard-schema";

export type DuplicateResult =
  { ok: true; values: WizardValues; sourceName: string } | { ok: false; message: string };

/** A copy of an existing service's configuration, named `<name>-copy` (names are unique). */
export async function loadDuplicate(serviceArn: string): Promise<DuplicateResult> {
  try {
    const out = await getAppRunnerClient().send(
      new DescribeServiceCommand({ ServiceArn: serviceArn }),
    );
    if (!out.Service) return { ok: false, message: "App Runner returned no service." };
    const values = fromService(out.Service);
    const sourceName = out.Service.ServiceName ?? "";
    values.service.name = `${sourceName}-copy`.slice(0, 40);
    return { ok: true, values, sourceName };
  } catch (error) {
    return { ok: false, message: toApiError(error).message };
  }
}
