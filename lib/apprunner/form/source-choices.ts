import type { WizardValues } from "./wizard-schema";

export const IMAGE_EXAMPLES = {
  ECR: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-app:latest",
  ECR_PUBLIC: "public.ecr.aws/nginx/nginx:latest",
} as const;

/** Why automatic deployment can't be chosen, or undefined when it can. */
export function autoDeployUnavailableReason(values: WizardValues["source"]): string | undefined {
  if (values.type === "image" && values.imageRepositoryType === "ECR_PUBLIC")
    return "App Runner can't watch ECR Public repositories for new images; deploy manually.";
  return undefined;
}
