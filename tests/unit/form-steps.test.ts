import { describe, expect, it } from "vitest";

import { blankValues } from "@/lib/apprunner/form/defaults";
import { describeHealthCheck } from "@/lib/apprunner/form/health-check-summary";
import { PRESETS } from "@/lib/apprunner/form/presets";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import {
  validateStep,
  validateWizard,
  type WizardValues,
} from "@/lib/apprunner/form/wizard-schema";
import { validateOperationInput } from "@/lib/apprunner/validation";

const ARN = (kind: string) =>
  `arn:aws:apprunner:us-east-1:123456789012:${kind}/x/1/0123456789abcdef0123456789abcdef`;

function valid(): WizardValues {
  const v = blankValues();
  v.source.imageIdentifier = "public.ecr.aws/nginx/nginx:latest";
  v.service.name = "hello-web";
  return v;
}

function messages(step: Parameters<typeof validateStep>[0], v: WizardValues) {
  return Object.fromEntries(validateStep(step, v).map((i) => [i.path, i.message]));
}

describe("a blank form", () => {
  it("asks only for what App Runner has no default for", () => {
    expect(validateWizard(blankValues()).map((i) => i.path)).toEqual([
      "source.imageIdentifier",
      "service.name",
    ]);
  });
});

describe("source step", () => {
  it("refuses an image URI that breaks the model's pattern, with an example", () => {
    const v = valid();
    v.source.imageIdentifier = "nginx:latest";
    expect(messages("source", v)["source.imageIdentifier"]).toMatch(/public\.ecr\.aws\/nginx/);
  });

  it("refuses a private ECR URI when ECR Public is chosen, and the reverse", () => {
    const v = valid();
    v.source.imageIdentifier = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1";
    expect(messages("source", v)["source.imageIdentifier"]).toMatch(/starts with public\.ecr\.aws/);
    v.source.imageRepositoryType = "ECR";
    v.source.accessRoleArn = "arn:aws:iam::123456789012:role/ecr";
    expect(validateStep("source", v)).toEqual([]);
    v.source.imageIdentifier = "public.ecr.aws/nginx/nginx:latest";
    expect(messages("source", v)["source.imageIdentifier"]).toMatch(/choose ECR Public/);
  });

  it("needs an access role for private ECR only", () => {
    const v = valid();
    v.source.imageRepositoryType = "ECR";
    v.source.imageIdentifier = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1";
    expect(messages("source", v)["source.accessRoleArn"]).toMatch(/role/);
    v.source.accessRoleArn = "not-an-arn";
    expect(messages("source", v)["source.accessRoleArn"]).toMatch(/IAM role ARN/);
  });

  it("refuses automatic deployment for ECR Public", () => {
    const v = valid();
    v.source.autoDeployments = true;
    expect(messages("source", v)["source.autoDeployments"]).toMatch(/ECR Public/);
  });

  it("needs a connection, an https repository URL and a branch for code", () => {
    const v = valid();
    v.source = { ...v.source, type: "code", repositoryUrl: "git@github.com:a/b", branch: " " };
    expect(messages("source", v)).toEqual({
      "source.connectionArn": expect.stringMatching(/connection/),
      "source.repositoryUrl": expect.stringMatching(/https:\/\//),
      "source.branch": expect.stringMatching(/branch/),
    });
  });
});

describe("build step", () => {
  function code(): WizardValues {
    const v = valid();
    v.source = { ...v.source, type: "code", connectionArn: ARN("connection") };
    v.source.repositoryUrl = "https://github.com/a/b";
    return v;
  }

  it("needs a runtime and start command for code configured here, nothing with apprunner.yaml", () => {
    const v = code();
    expect(Object.keys(messages("build", v))).toEqual(["build.runtime", "build.startCommand"]);
    v.build.configurationSource = "REPOSITORY";
    expect(validateStep("build", v)).toEqual([]);
  });

  it("keeps commands on one line and the port in range", () => {
    const v = code();
    v.build = { ...v.build, runtime: "PYTHON_3", startCommand: "a\nb", port: "70000" };
    expect(messages("build", v)).toEqual({
      "build.startCommand": expect.stringMatching(/one line/),
      "build.port": expect.stringMatching(/1 to 65535/),
    });
  });

  it("refuses reserved, duplicate and empty variable names", () => {
    const v = valid();
    v.build.env = [
      { name: "PORT", value: "1", kind: "plain" },
      { name: "AWSAPPRUNNER_X", value: "1", kind: "plain" },
      { name: "A", value: "1", kind: "plain" },
      { name: "A", value: "2", kind: "plain" },
      { name: "", value: "3", kind: "plain" },
    ];
    expect(messages("build", v)).toEqual({
      "build.env.0.name": "PORT is reserved by App Runner; choose another name.",
      "build.env.1.name": "AWSAPPRUNNER_X is reserved by App Runner; choose another name.",
      "build.env.3.name": "A is set twice; keep one.",
      "build.env.4.name": "Enter a name for variable 5, or remove the row.",
    });
  });

  it("accepts secret references and refuses a secret pasted in clear", () => {
    const v = valid();
    v.build.env = [
      {
        name: "A",
        value: "arn:aws:secretsmanager:us-east-1:123456789012:secret:a-1",
        kind: "secret",
      },
      { name: "B", value: "arn:aws:ssm:us-east-1:123456789012:parameter/app/b", kind: "secret" },
      { name: "C", value: "/app/c", kind: "secret" },
      { name: "D", value: "hunter2 with spaces", kind: "secret" },
    ];
    expect(Object.keys(messages("build", v))).toEqual(["build.env.3.value"]);
  });

  it("allows at most 50 variables and secrets together", () => {
    const v = valid();
    v.build.env = Array.from({ length: 51 }, (_, i) => ({
      name: `V${i}`,
      value: "x",
      kind: "plain" as const,
    }));
    expect(messages("build", v)["build.env"]).toMatch(/at most 50.*remove 1/);
    v.build.env.pop();
    expect(validateStep("build", v)).toEqual([]);
  });
});

describe("instance, network, health check and service steps", () => {
  it("refuses a CPU/memory pair App Runner doesn't offer", () => {
    const v = valid();
    v.instance.memory = "12288";
    expect(messages("instance", v)["instance.size"]).toMatch(/combinations/);
  });

  it("needs a configuration when 'a configuration of mine' is chosen", () => {
    const v = valid();
    v.instance.autoScaling = "existing";
    expect(messages("instance", v)["instance.autoScalingArn"]).toMatch(/Choose/);
  });

  it("needs a VPC connector for VPC egress and refuses dual-stack with a private endpoint", () => {
    const v = valid();
    v.network = {
      ingress: "private",
      egressType: "VPC",
      vpcConnectorArn: "",
      ipAddressType: "DUAL_STACK",
    };
    expect(Object.keys(messages("network", v))).toEqual([
      "network.vpcConnectorArn",
      "network.ipAddressType",
    ]);
  });

  it("holds each health-check number to the model's 1–20 and HTTP paths to /", () => {
    const v = valid();
    v.healthCheck = {
      protocol: "HTTP",
      path: "health",
      interval: 0,
      timeout: 21,
      healthyThreshold: null,
      unhealthyThreshold: 2.5,
    };
    expect(messages("health-check", v)).toEqual({
      "healthCheck.path": "Start the path with /, e.g. /health.",
      "healthCheck.interval": "Enter the interval as a whole number from 1 to 20.",
      "healthCheck.timeout": "Enter the timeout as a whole number from 1 to 20.",
      "healthCheck.healthyThreshold": "Enter the healthy threshold as a whole number from 1 to 20.",
      "healthCheck.unhealthyThreshold":
        "Enter the unhealthy threshold as a whole number from 1 to 20.",
    });
  });

  it("says what the health-check numbers mean in time", () => {
    expect(describeHealthCheck(blankValues().healthCheck)).toMatch(
      /^Unhealthy after 5 failed checks, 5 s apart: ~25 s\./,
    );
  });

  it("checks the name, the aws: tag prefix, the KMS key and tracing's configuration", () => {
    const v = valid();
    v.service = {
      name: "ab",
      tracing: true,
      observabilityConfigurationArn: "",
      encryption: "kms",
      kmsKey: "my-key",
      tags: [{ key: "aws:team", value: "x" }],
    };
    expect(Object.keys(messages("service", v))).toEqual([
      "service.name",
      "service.observabilityConfigurationArn",
      "service.kmsKey",
      "service.tags.0.key",
    ]);
    expect(messages("service", v)["service.tags.0.key"]).toMatch(/aws: are reserved/);
  });
});

describe("presets", () => {
  it("the Go container preset is valid as it stands and App Runner's validation agrees", () => {
    const v = PRESETS.find((p) => p.id === "go-ecr")!.values(blankValues());
    expect(validateWizard(v)).toEqual([]);
    expect(validateOperationInput("CreateService", toCreateServiceInput(v)).ok).toBe(true);
  });

  it("the Python preset needs only a connection of the person's own", () => {
    const v = PRESETS.find((p) => p.id === "python-code")!.values(blankValues());
    expect(validateWizard(v).map((i) => i.path)).toEqual(["source.connectionArn"]);
    v.source.connectionArn = ARN("connection");
    expect(validateWizard(v)).toEqual([]);
    expect(validateOperationInput("CreateService", toCreateServiceInput(v)).ok).toBe(true);
  });

  it("the sample-app preset asks App Runner to build and run hello-app with an HTTP check on /", () => {
    const v = PRESETS.find((p) => p.id === "sample-app")!.values(blankValues());
    expect(validateWizard(v).map((i) => i.path)).toEqual(["source.connectionArn"]);
    v.source.connectionArn = ARN("connection");
    const input = toCreateServiceInput(v);
    expect(validateOperationInput("CreateService", input).ok).toBe(true);
    const repository = input.SourceConfiguration?.CodeRepository;
    expect(repository?.RepositoryUrl).toBe("https://github.com/runnerdeck/hello-app");
    expect(repository?.SourceCodeVersion).toEqual({ Type: "BRANCH", Value: "main" });
    expect(repository?.CodeConfiguration?.CodeConfigurationValues).toMatchObject({
      Runtime: "NODEJS_22",
      StartCommand: "node server.js",
      Port: "8080",
    });
    expect(input.HealthCheckConfiguration).toMatchObject({ Protocol: "HTTP", Path: "/" });
  });
});

describe("tampered input", () => {
  it("reports wrong types instead of throwing", () => {
    expect(validateWizard({ source: 1 }).length).toBeGreaterThan(0);
    expect(validateWizard(null).length).toBeGreaterThan(0);
  });
});
