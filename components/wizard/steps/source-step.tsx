"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { ConnectionPicker } from "../connection-picker";
import { DeployTriggerField } from "../deploy-trigger-field";
import { LockedField, useEditLock } from "../locked-field";
import { RadioField } from "../radio-field";
import { TextField } from "../text-field";
import { useWizardCheck } from "../wizard-context";

export function SourceStep() {
  const { control, setValue } = useFormContext<WizardValues>();
  const source = useWatch({ control, name: "source" });
  const { autoDeployRefusal, IMAGE_EXAMPLES } = useWizardCheck();
  const reason = autoDeployRefusal(source);
  const typeLock = useEditLock("source.type");

  // A source App Runner can't watch (ECR Public) turns automatic deployment off.
  useEffect(() => {
    if (reason && source.autoDeployments) setValue("source.autoDeployments", false);
  }, [reason, source.autoDeployments, setValue]);

  return (
    <div className="space-y-6">
      {typeLock ? (
        <LockedField
          path="source.type"
          label="Repository type"
          value={source.type === "image" ? "Container image" : "Source code"}
          reason={typeLock}
        />
      ) : (
        <RadioField
          path="source.type"
          legend="Repository type"
          options={[
            { value: "image", label: "Container image", hint: "An image in Amazon ECR." },
            { value: "code", label: "Source code", hint: "A GitHub or Bitbucket repository." },
          ]}
        />
      )}
      {source.type === "image" ? (
        <>
          <RadioField
            path="source.imageRepositoryType"
            legend="Provider"
            options={[
              { value: "ECR", label: "Amazon ECR", hint: "A private repository." },
              { value: "ECR_PUBLIC", label: "Amazon ECR Public", hint: "public.ecr.aws" },
            ]}
          />
          <TextField
            path="source.imageIdentifier"
            label="Container image URI"
            hint={`With a tag or digest, e.g. ${IMAGE_EXAMPLES[source.imageRepositoryType]}`}
            autoComplete="off"
            spellCheck={false}
          />
          {source.imageRepositoryType === "ECR" && (
            <TextField
              path="source.accessRoleArn"
              label="ECR access role ARN"
              hint="The role App Runner assumes to pull the image, e.g. arn:aws:iam::123456789012:role/my-ecr-role"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </>
      ) : (
        <>
          <ConnectionPicker />
          <TextField
            path="source.repositoryUrl"
            label="Repository URL"
            hint="e.g. https://github.com/my-account/my-app"
            type="url"
            autoComplete="off"
            spellCheck={false}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField path="source.branch" label="Branch" autoComplete="off" />
            <TextField
              path="source.sourceDirectory"
              label="Source directory (optional)"
              hint="Where the build and start commands run; the repository root if empty."
              autoComplete="off"
            />
          </div>
        </>
      )}
      <DeployTriggerField unavailableReason={reason} />
    </div>
  );
}
