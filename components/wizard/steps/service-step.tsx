"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormContext, useWatch } from "react-hook-form";

import { Checkbox } from "@/components/ui/checkbox";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";
import { wizardQueries } from "@/lib/query/wizard-queries";

import { fieldId } from "../field-id";
import { RadioField } from "../radio-field";
import { SelectField } from "../select-field";
import { ServiceNameField } from "../service-name-field";
import { TagsEditor } from "../tags-editor";
import { TextField } from "../text-field";

export function ServiceStep() {
  const { control, register } = useFormContext<WizardValues>();
  const service = useWatch({ control, name: "service" });
  const observability = useQuery({
    ...wizardQueries.observabilityConfigurations(),
    enabled: service.tracing,
  });
  return (
    <div className="space-y-6">
      <ServiceNameField />
      <div className="space-y-3">
        <Checkbox
          id={fieldId("service.tracing")}
          label="Tracing with AWS X-Ray"
          hint="Sends traces through an observability configuration."
          {...register("service.tracing")}
        />
        {service.tracing && (
          <SelectField
            path="service.observabilityConfigurationArn"
            label="Observability configuration"
            placeholder={observability.isPending ? "Loading…" : "Choose a configuration…"}
            options={(observability.data ?? []).map((o) => ({
              value: o.arn,
              label: `${o.name} (revision ${o.revision})`,
            }))}
            hint={
              observability.isError
                ? `Configurations could not be loaded: ${observability.error.message}`
                : observability.data?.length === 0
                  ? "You have no observability configurations in this region yet."
                  : undefined
            }
          />
        )}
      </div>
      <RadioField
        path="service.encryption"
        legend="Encryption (can't be changed later)"
        options={[
          { value: "aws", label: "AWS-owned key" },
          { value: "kms", label: "My KMS key" },
        ]}
      />
      {service.encryption === "kms" && (
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
