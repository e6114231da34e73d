/**
 * CreateService requests as people write them. Each returns a fresh object so a test can change
 * one member to break one rule.
 */
import type { CreateServiceCommandInput, Tag } from "@aws-sdk/client-apprunner";

import { testAccountId } from "./account";
import { TEST_REGION } from "./clients";

export const PUBLIC_IMAGE = "public.ecr.aws/aws-containers/hello-app-runner:latest";

export function privateImage(account = testAccountId(), region = TEST_REGION): string {
  return `${account}.dkr.ecr.${region}.amazonaws.com/team/web-app:v1`;
}

export function accessRoleArn(account = testAccountId()): string {
  return `arn:aws:iam::${account}:role/service-role/AppRunnerECRAccessRole`;
}

/** A public ECR image: needs no role, the smallest valid request. */
export function publicImageService(name: string, tags?: Tag[]): CreateServiceCommandInput {
  return {
    ServiceName: name,
    SourceConfiguration: {
      ImageRepository: { ImageIdentifier: PUBLIC_IMAGE, ImageRepositoryType: "ECR_PUBLIC" },
      AutoDeploymentsEnabled: false,
    },
    ...(tags ? { Tags: tags } : {}),
  };
}

/** A private ECR image in the caller's account, with the access role ECR needs. */
export function privateImageService(name: string, tags?: Tag[]): CreateServiceCommandInput {
  return {
    ServiceName: name,
    SourceConfiguration: {
      ImageRepository: {
        ImageIdentifier: privateImage(),
        ImageRepositoryType: "ECR",
        ImageConfiguration: { Port: "8080" },
      },
      AuthenticationConfiguration: { AccessRoleArn: accessRoleArn() },
    },
    ...(tags ? { Tags: tags } : {}),
  };
}

/** A GitHub repository built by App Runner; needs an AVAILABLE connection. */
export function codeService(
  name: string,
  connectionArn: string,
  tags?: Tag[],
): CreateServiceCommandInput {
  return {
    ServiceName: name,
    SourceConfiguration: {
      AuthenticationConfiguration: { ConnectionArn: connectionArn },
      AutoDeploymentsEnabled: false,
      CodeRepository: {
        RepositoryUrl: "https://github.com/example-org/python-hello",
        SourceCodeVersion: { Type: "BRANCH", Value: "main" },
        CodeConfiguration: {
          ConfigurationSource: "API",
          CodeConfigurationValues: {
            Runtime: "PYTHON_311",
            BuildCommand: "pip install -r requirements.txt",
            StartCommand: "python server.py",
            Port: "8080",
          },
        },
      },
    },
    ...(tags ? { Tags: tags } : {}),
  };
}

/** The tag that makes the emulator fail a deployment at one phase (ignored by AWS). */
export function outcomeTag(outcome: "fail-build" | "fail-health-check" | "fail-image-pull"): Tag {
  return { Key: "emulator:outcome", Value: outcome };
}
