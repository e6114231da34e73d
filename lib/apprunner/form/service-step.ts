import { z } from "zod";

import {
  AppRunnerResourceArn,
  KmsKeyArn,
  ServiceName,
  TagKey,
  TagValue,
} from "@/lib/apprunner/schema/shapes.generated";

import { checkText, conforms, type IssueSink } from "./field-checks";
import type { WizardValues } from "./wizard-schema";

export const serviceStepSchema = z.object({
  service: z.object({
    name: z.string(),
    tracing: z.boolean(),
    observabilityConfigurationArn: z.string(),
    encryption: z.enum(["aws", "kms"]),
    kmsKey: z.string(),
    tags: z.array(z.object({ key: z.string(), value: z.string() })),
  }),
});

export function serviceStepRules({ service }: WizardValues, add: IssueSink): void {
  checkText(add, "service.name", service.name, ServiceName, {
    required: "Enter a name for the service.",
    invalid: "Use 4–40 letters, digits, hyphens or underscores, starting with a letter or digit.",
  });
  if (service.tracing)
    checkText(
      add,
      "service.observabilityConfigurationArn",
      service.observabilityConfigurationArn,
      AppRunnerResourceArn,
      {
        required: "Choose the observability configuration that turns tracing on.",
        invalid: "Choose an observability configuration from the list.",
      },
    );
  if (service.encryption === "kms")
    checkText(add, "service.kmsKey", service.kmsKey, KmsKeyArn, {
      required: "Enter the ARN of your KMS key.",
      invalid:
        "Enter a KMS key ARN such as arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab.",
    });
  const seen = new Set<string>();
  service.tags.forEach((tag, i) => {
    const key = tag.key;
    if (!key) add(`service.tags.${i}.key`, `Enter a key for tag ${i + 1}, or remove the row.`);
    else if (key.toLowerCase().startsWith("aws:"))
      add(`service.tags.${i}.key`, "Tag keys starting with aws: are reserved for AWS.");
    else if (!conforms(TagKey, key)) add(`service.tags.${i}.key`, `Tag key ${i + 1} is too long.`);
    else if (seen.has(key)) add(`service.tags.${i}.key`, `The tag ${key} is set twice; keep one.`);
    seen.add(key);
    if (!conforms(TagValue, tag.value))
      add(`service.tags.${i}.value`, `The value of tag ${key || i + 1} is too long.`);
  });
}

export function serviceNameConforms(name: string): boolean {
  return conforms(ServiceName, name);
}
