import type { SourceConfiguration } from "../schema/shapes.generated";
import type { ApiIssue } from "./api-issue";
import { environmentIssues } from "./environment-rules";

const PUBLIC_ECR = /^public\.ecr\.aws\//;
const AUTH = "SourceConfiguration.AuthenticationConfiguration";

/**
 * Rules of a SourceConfiguration the model states only in prose. `create` adds what only
 * CreateService demands (a CodeConfiguration for code repositories).
 */
export function sourceConfigurationIssues(
  source: SourceConfiguration,
  operation: "create" | "update",
): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const {
    CodeRepository: code,
    ImageRepository: image,
    AuthenticationConfiguration: auth,
  } = source;

  if (Boolean(code) === Boolean(image))
    issues.push({
      path: "SourceConfiguration",
      rule: "one-source",
      message: `Specify exactly one of CodeRepository or ImageRepository (the request has ${code ? "both" : "neither"})`,
    });

  if (image) {
    const isPublicIdentifier = PUBLIC_ECR.test(image.ImageIdentifier);
    const identifierPath = "SourceConfiguration.ImageRepository.ImageIdentifier";
    if (image.ImageRepositoryType === "ECR") {
      if (!auth?.AccessRoleArn)
        issues.push({
          path: `${AUTH}.AccessRoleArn`,
          rule: "access-role-required",
          message:
            "An ECR (private) image needs AuthenticationConfiguration.AccessRoleArn, a role App Runner can use to pull it",
        });
      if (isPublicIdentifier)
        issues.push({
          path: identifierPath,
          rule: "ecr-private-uri",
          message: "A public.ecr.aws image needs ImageRepositoryType ECR_PUBLIC, not ECR",
        });
    } else {
      if (!isPublicIdentifier)
        issues.push({
          path: identifierPath,
          rule: "ecr-public-uri",
          message:
            "ImageRepositoryType ECR_PUBLIC needs a public.ecr.aws image; a private ECR image needs ImageRepositoryType ECR",
        });
      if (source.AutoDeploymentsEnabled === true)
        issues.push({
          path: "SourceConfiguration.AutoDeploymentsEnabled",
          rule: "auto-deploy-unavailable",
          message: "Automatic deployments are not supported for ECR Public images",
        });
    }
    if (image.ImageConfiguration)
      issues.push(
        ...environmentIssues(
          image.ImageConfiguration,
          "SourceConfiguration.ImageRepository.ImageConfiguration",
        ),
      );
  }

  if (code) {
    if (!auth?.ConnectionArn)
      issues.push({
        path: `${AUTH}.ConnectionArn`,
        rule: "connection-required",
        message:
          "A code repository needs AuthenticationConfiguration.ConnectionArn, the App Runner connection to GitHub or Bitbucket",
      });
    const configuration = code.CodeConfiguration;
    const configurationPath = "SourceConfiguration.CodeRepository.CodeConfiguration";
    if (!configuration && operation === "create")
      issues.push({
        path: configurationPath,
        rule: "code-configuration-required",
        message:
          "CreateService needs CodeConfiguration for a code repository (ConfigurationSource API or REPOSITORY)",
      });
    if (configuration?.ConfigurationSource === "API" && !configuration.CodeConfigurationValues)
      issues.push({
        path: `${configurationPath}.CodeConfigurationValues`,
        rule: "code-configuration-values-required",
        message:
          "ConfigurationSource API needs CodeConfigurationValues with at least a Runtime (REPOSITORY reads apprunner.yaml instead)",
      });
    if (configuration?.CodeConfigurationValues)
      issues.push(
        ...environmentIssues(
          configuration.CodeConfigurationValues,
          `${configurationPath}.CodeConfigurationValues`,
        ),
      );
  }
  return issues;
}
