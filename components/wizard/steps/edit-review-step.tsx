"use client";

import Link from "next/link";
import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { buttonClasses } from "@/components/ui/button";
import type { CliRequest } from "@/lib/apprunner/form/cli-command";
import { countChanges, diffValues } from "@/lib/apprunner/form/service-diff";
import { tagChanges } from "@/lib/apprunner/form/tag-changes";
import { isEmptyUpdate, toUpdateServiceInput } from "@/lib/apprunner/form/to-update-service-input";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { ChangeList } from "../change-list";
import { RequestPreview } from "../request-preview";
import { UpdateServiceForm } from "../update-service-form";
import { useWizard } from "../wizard-context";
import { useStepPath, useWizardMode } from "../wizard-mode";

/**
 * An edit's review: only what changes, old → new, and the exact requests that make the change
 * (tags first, then one UpdateService with just the members that differ).
 */
export function EditReviewStep() {
  const values = useWatch() as WizardValues;
  const { trigger } = useFormContext<WizardValues>();
  const { edit } = useWizard();
  const mode = useWizardMode();
  const pathOf = useStepPath();
  // Every step is checked again here, so a problem left on a step skipped over shows.
  useEffect(() => {
    void trigger();
  }, [trigger]);
  if (mode.kind !== "edit" || !edit) return null;
  const { target } = mode;

  const sections = diffValues(edit.base, values);
  const count = countChanges(sections);
  const { input } = toUpdateServiceInput(target.serviceArn, edit.base, values, {
    defaultAutoScalingArn: target.defaultAutoScalingArn,
  });
  const tags = tagChanges(edit.base.service.tags, values.service.tags);
  const requests: CliRequest[] = [
    ...(tags.untag.length
      ? [
          {
            command: "untag-resource",
            input: { ResourceArn: target.serviceArn, TagKeys: tags.untag },
          } as const,
        ]
      : []),
    ...(tags.tag.length
      ? [
          {
            command: "tag-resource",
            input: { ResourceArn: target.serviceArn, Tags: tags.tag },
          } as const,
        ]
      : []),
    ...(isEmptyUpdate(input) && !target.retryingCreate
      ? []
      : [{ command: "update-service", input } as const]),
  ];

  return (
    <div className="space-y-6">
      <section aria-labelledby="changes-heading" className="space-y-3">
        <h2 id="changes-heading" className="text-lg font-semibold">
          {count === 0 ? "No changes yet" : count === 1 ? "1 change" : `${count} changes`}
        </h2>
        {count === 0 ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            The form matches {target.serviceName}&apos;s current configuration. Change something on
            a step, and it shows here as was → now.
          </p>
        ) : (
          <ChangeList sections={sections} />
        )}
      </section>
      {requests.length > 0 && (
        <RequestPreview
          requests={requests}
          fileName={`${target.serviceName}-update-service.json`}
        />
      )}
      <div className="flex flex-wrap items-end gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
        <Link href={pathOf("service")} className={buttonClasses("secondary")}>
          Back
        </Link>
        <div className="min-w-0 flex-1">
          <UpdateServiceForm values={values} changes={count} retry={target.retryingCreate} />
        </div>
      </div>
    </div>
  );
}
