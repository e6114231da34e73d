"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { Checkbox } from "@/components/ui/checkbox";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { fieldId } from "../field-id";
import { LockedField, useEditLock } from "../locked-field";
import { RadioField } from "../radio-field";
import { ObservabilityPicker } from "../observability-picker";
import { ServiceNameField } from "../service-name-field";
import { TagsEditor } from "../tags-editor";
import { TextField } from "../text-field";

export function ServiceStep() {
  const { control, register } = useFormContext<WizardValues>();
  const service = useWatch({ control, name: "service" });
  const nameLock = useEditLock("service.name");
  const encryptionLock = useEditLock("service.encryption");
  return (
    <div className="space-y-6">
      {nameLock ? (
        <LockedField
          path="service.name"
          label="Service name"
          value={service.name}
          reason={nameLock}
        />
      ) : (
        <ServiceNameField />
      )}
      <div className="space-y-3">
        <Checkbox
          id={fieldId("service.tracing")}
          label="Tracing with AWS X-Ray"
          hint="Sends traces through an observability configuration."
          {...register("service.tracing")}
        />
        {service.tracing && <ObservabilityPicker />}
      </div>
      {encryptionLock ? (
        <LockedField
          path="service.encryption"
          label="Encryption"
          value={service.encryption === "kms" ? `My KMS key: ${service.kmsKey}` : "AWS-owned key"}
          reason={encryptionLock}
        />
      ) : (
        <RadioField
          path="service.encryption"
          legend="Encryption (can't be changed later)"
          options={[
            { value: "aws", label: "AWS-owned key" },
            { value: "kms", label: "My KMS key" },
          ]}
        />
      )}
      {service.encryption === "kms" && !encryptionLock && (
        <TextField
          path="service.kmsKey"
          label="KMS key ARN"
          hint="e.g. arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          autoComplete="off"
          spellCheck={false}
        />
      )}
      <TagsEditor />
    </div>
  );
}
