import { z } from "zod";

import {
  AppRunnerResourceArn,
  ImageIdentifier,
  ImageRepositoryType,
  RoleArn,
  SourceDirectory,
} from "@/lib/apprunner/schema/shapes.generated";

import { checkText, type IssueSink } from "./field-checks";
import { autoDeployUnavailableReason, IMAGE_EXAMPLES } from "./source-choices";
import type { WizardValues } from "./wizard-schema";

/** The wizard offers the two ECR providers the SDK it ships with knows. */
export const WizardImageRepositoryType = ImageRepositoryType.extract(["ECR", "ECR_PUBLIC"]);

export const sourceStepSchema = z.object({
  source: z.object({
    type: z.enum(["image", "code"]),
    imageRepositoryType: WizardImageRepositoryType,
    imageIdentifier: z.string(),
    accessRoleArn: z.string(),
    connectionArn: z.string(),
    repositoryUrl: z.string(),
    branch: z.string(),
    sourceDirectory: z.string(),
    autoDeployments: z.boolean(),
  }),
});

export function sourceStepRules({ source }: WizardValues, add: IssueSink): void {
  if (source.type === "image") {
    const publicRepo = source.imageRepositoryType === "ECR_PUBLIC";
    const example = IMAGE_EXAMPLES[source.imageRepositoryType];
    checkText(add, "source.imageIdentifier", source.imageIdentifier, ImageIdentifier, {
      required: "Enter the image URI, with a tag or digest.",
      invalid: `Enter an image URI such as ${example}.`,
    });
    const looksPublic = source.imageIdentifier.trim().startsWith("public.ecr.aws/");
    if (source.imageIdentifier.trim() && looksPublic !== publicRepo)
      add(
        "source.imageIdentifier",
        publicRepo
          ? `An ECR Public image URI starts with public.ecr.aws/, e.g. ${example}.`
          : `A private ECR image URI looks like ${example}; for public.ecr.aws choose ECR Public.`,
      );
    if (!publicRepo)
      checkText(add, "source.accessRoleArn", source.accessRoleArn, RoleArn, {
        required: "Enter the ARN of the role that lets App Runner pull from your ECR repository.",
        invalid: "Enter an IAM role ARN such as arn:aws:iam::123456789012:role/my-ecr-role.",
      });
    const reason = autoDeployUnavailableReason(source);
    if (reason && source.autoDeployments) add("source.autoDeployments", reason);
    return;
  }
  checkText(add, "source.connectionArn", source.connectionArn, AppRunnerResourceArn, {
    required: "Choose the connection to your code repository, or create one.",
    invalid: "Choose a connection from the list.",
  });
  if (!/^https:\/\/\S+$/.test(source.repositoryUrl.trim()))
    add(
      "source.repositoryUrl",
      source.repositoryUrl.trim()
        ? "Enter the repository's https:// URL, e.g. https://github.com/my-account/my-app."
        : "Enter the repository URL.",
    );
  if (!source.branch.trim()) add("source.branch", "Enter the branch to deploy.");
  checkText(add, "source.sourceDirectory", source.sourceDirectory, SourceDirectory, {
    invalid: "Enter a directory path such as / or /services/api.",
  });
}
