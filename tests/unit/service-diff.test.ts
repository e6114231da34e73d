import { describe, expect, it } from "vitest";

import { blankValues } from "@/lib/apprunner/form/defaults";
import { countChanges, diffValues } from "@/lib/apprunner/form/service-diff";
import { tagChanges } from "@/lib/apprunner/form/tag-changes";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

const ACCOUNT = "arn:aws:apprunner:us-east-1:123456789012";
const SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-pass-AbCdEf";

/** A running private-ECR service as the edit opens it (prefilled from DescribeService + tags). */
function running(): WizardValues {
  const v = blankValues();
  v.source = {
    ...v.source,
    imageRepositoryType: "ECR",
    imageIdentifier: "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1",
    accessRoleArn: "arn:aws:iam::123456789012:role/ecr-pull",
    autoDeployments: true,
  };
  v.build.env = [
    { name: "API_URL", value: "https://api.example.com", kind: "plain" },
    { name: "LOG_LEVEL", value: "info", kind: "plain" },
    { name: "DB_PASSWORD", value: SECRET, kind: "secret" },
  ];
  v.service = {
    ...v.service,
    name: "orders-api",
    tags: [
      { key: "team", value: "payments" },
      { key: "env", value: "prod" },
    ],
  };
  return v;
}

function edited(change: (v: WizardValues) => void): WizardValues {
  const v = running();
  change(v);
  return v;
}

function changesIn(after: WizardValues) {
  return diffValues(running(), after).flatMap((s) =>
    s.changes.map((c) => ({ step: s.step.id, ...c })),
  );
}

describe("the diff of an edit", () => {
  it("lists a new port and a changed variable, old → new, in the Build and run section", () => {
    const sections = diffValues(
      running(),
      edited((v) => {
        v.build.port = "9000";
        v.build.env[0]!.value = "https://api.example.org";
      }),
    );
    expect(sections.map((s) => s.step.id)).toEqual(["build"]);
    expect(sections[0]!.changes).toEqual([
      { field: "build.port", label: "Port", before: "8080", after: "9000" },
      {
        field: "build.env.API_URL",
        label: "Variable API_URL",
        before: "https://api.example.com",
        after: "https://api.example.org",
      },
    ]);
    expect(countChanges(sections)).toBe(2);
  });

  it("is empty when nothing changed", () => {
    const sections = diffValues(running(), running());
    expect(sections).toEqual([]);
    expect(countChanges(sections)).toBe(0);
  });

  it("compares variables by name and tags by key, so reordering rows is no change", () => {
    const after = edited((v) => {
      v.build.env.reverse();
      v.service.tags.reverse();
    });
    expect(diffValues(running(), after)).toEqual([]);
  });

  it("ignores spaces around what App Runner receives trimmed, and blank tag rows", () => {
    const after = edited((v) => {
      v.build.port = " 8080 ";
      v.source.imageIdentifier += "  ";
      v.source.accessRoleArn += " ";
      v.build.env[0]!.name = "API_URL ";
      v.service.tags[0]!.key = "team ";
      v.service.tags[1]!.value = "prod ";
      v.service.tags.push({ key: "  ", value: "" });
    });
    expect(diffValues(running(), after)).toEqual([]);
  });

  it("ignores fields the request doesn't carry and empty fields App Runner fills with its default", () => {
    const after = edited((v) => {
      v.source.repositoryUrl = "https://github.com/acme/api"; // a code field on an image service
      v.healthCheck.path = "/ignored"; // TCP health checks have no path
      v.healthCheck.interval = null; // App Runner's default is 5, which the service has
      v.network.vpcConnectorArn = `${ACCOUNT}:vpcconnector/db/1/0123456789abcdef0123456789abcdef`;
    });
    expect(diffValues(running(), after)).toEqual([]);
  });

  it("shows a removed variable with its old value and nothing after, a secret by its reference", () => {
    expect(changesIn(edited((v) => v.build.env.splice(1, 2)))).toEqual([
      {
        step: "build",
        field: "build.env.LOG_LEVEL",
        label: "Variable LOG_LEVEL",
        before: "info",
        after: null,
      },
      {
        step: "build",
        field: "build.env.DB_PASSWORD",
        label: "Secret DB_PASSWORD",
        before: SECRET,
        after: null,
      },
    ]);
  });

  it("shows an added variable with nothing before", () => {
    expect(
      changesIn(edited((v) => v.build.env.push({ name: "MODE", value: "fast", kind: "plain" }))),
    ).toEqual([
      {
        step: "build",
        field: "build.env.MODE",
        label: "Variable MODE",
        before: null,
        after: "fast",
      },
    ]);
  });

  it("says so when a variable becomes a secret under the same name", () => {
    const after = edited((v) => {
      v.build.env[1] = { name: "LOG_LEVEL", value: SECRET, kind: "secret" };
    });
    expect(changesIn(after)).toEqual([
      {
        step: "build",
        field: "build.env.LOG_LEVEL",
        label: "Secret LOG_LEVEL",
        before: "info (variable)",
        after: `${SECRET} (secret)`,
      },
    ]);
  });

  it("shows tags added, removed and changed, by key, in the Service section", () => {
    const after = edited((v) => {
      v.service.tags = [
        { key: "team", value: "billing" },
        { key: "owner", value: "" },
      ];
    });
    expect(changesIn(after)).toEqual([
      {
        step: "service",
        field: "service.tags.team",
        label: "Tag team",
        before: "payments",
        after: "billing",
      },
      { step: "service", field: "service.tags.env", label: "Tag env", before: "prod", after: null },
      {
        step: "service",
        field: "service.tags.owner",
        label: "Tag owner",
        before: null,
        after: "(empty)",
      },
    ]);
    // The diff and the tag calls agree on what changes.
    expect(tagChanges(running().service.tags, after.service.tags)).toEqual({
      tag: [
        { Key: "team", Value: "billing" },
        { Key: "owner", Value: "" },
      ],
      untag: ["env"],
    });
  });

  it("groups changes by section in the wizard's step order", () => {
    const after = edited((v) => {
      v.service.tracing = true;
      v.service.observabilityConfigurationArn = `${ACCOUNT}:observabilityconfiguration/xray/1/0123456789abcdef0123456789abcdef`;
      v.healthCheck.protocol = "HTTP";
      v.healthCheck.path = "/health";
      v.instance.cpu = "2048";
      v.instance.memory = "4096";
      v.source.autoDeployments = false;
    });
    expect(changesIn(after)).toEqual([
      {
        step: "source",
        field: "source.autoDeployments",
        label: "Deployment trigger",
        before: "Automatic",
        after: "Manual",
      },
      {
        step: "instance",
        field: "instance.size",
        label: "CPU and memory",
        before: "1 vCPU · 2 GB",
        after: "2 vCPU · 4 GB",
      },
      {
        step: "health-check",
        field: "healthCheck.protocol",
        label: "Protocol",
        before: "TCP",
        after: "HTTP /health",
      },
      {
        step: "service",
        field: "service.tracing",
        label: "Tracing",
        before: "Off",
        after: "On (xray (revision 1))",
      },
    ]);
  });

  it("names the field that changed inside a row that words two (an HTTP path)", () => {
    const base = edited((v) => {
      v.healthCheck.protocol = "HTTP";
      v.healthCheck.path = "/health";
    });
    const after = structuredClone(base);
    after.healthCheck.path = "/ready";
    expect(diffValues(base, after)[0]!.changes).toEqual([
      {
        field: "healthCheck.path",
        label: "Protocol",
        before: "HTTP /health",
        after: "HTTP /ready",
      },
    ]);
  });

  it("shows the ARNs when a new configuration has the old one's name and revision", () => {
    const arn = (id: string) => `${ACCOUNT}:autoscalingconfiguration/busy/1/${id}`;
    const base = edited((v) => {
      v.instance.autoScaling = "existing";
      v.instance.autoScalingArn = arn("0123456789abcdef0123456789abcdef");
    });
    const after = structuredClone(base);
    after.instance.autoScalingArn = arn("fedcba9876543210fedcba9876543210");
    expect(diffValues(base, after)[0]!.changes).toEqual([
      {
        field: "instance.autoScalingArn",
        label: "Auto scaling",
        before: arn("0123456789abcdef0123456789abcdef"),
        after: arn("fedcba9876543210fedcba9876543210"),
      },
    ]);
  });

  it("names each field a person can change on its own as the field that changed", () => {
    const ONE_FIELD: [string, (v: WizardValues) => void][] = [
      ["source.imageIdentifier", (v) => (v.source.imageIdentifier += "2")],
      ["source.accessRoleArn", (v) => (v.source.accessRoleArn += "2")],
      ["build.startCommand", (v) => (v.build.startCommand = "serve")],
      ["instance.instanceRoleArn", (v) => (v.instance.instanceRoleArn = "arn:aws:iam::1:role/r")],
      ["network.ingress", (v) => (v.network.ingress = "private")],
      ["network.ipAddressType", (v) => (v.network.ipAddressType = "DUAL_STACK")],
      ["healthCheck.interval", (v) => (v.healthCheck.interval = 9)],
      ["healthCheck.timeout", (v) => (v.healthCheck.timeout = 3)],
      ["healthCheck.healthyThreshold", (v) => (v.healthCheck.healthyThreshold = 2)],
      ["healthCheck.unhealthyThreshold", (v) => (v.healthCheck.unhealthyThreshold = 4)],
      ["service.name", (v) => (v.service.name = "orders-api-2")],
      ["source.imageRepositoryType", (v) => (v.source.imageRepositoryType = "ECR_PUBLIC")],
    ];
    for (const [field, change] of ONE_FIELD) {
      const fields = changesIn(edited(change)).map((c) => c.field);
      expect(fields[0], field).toBe(field);
    }
  });

  it("lists every row of a code service's build when it moves to apprunner.yaml", () => {
    const code = blankValues();
    code.source = {
      ...code.source,
      type: "code",
      connectionArn: `${ACCOUNT}:connection/gh/0123456789abcdef0123456789abcdef`,
      repositoryUrl: "https://github.com/acme/api",
    };
    code.build = {
      configurationSource: "API",
      runtime: "NODEJS_22",
      buildCommand: "npm ci",
      startCommand: "node server.js",
      port: "3000",
      env: [{ name: "MODE", value: "fast", kind: "plain" }],
    };
    const yaml = structuredClone(code);
    yaml.build.configurationSource = "REPOSITORY";
    expect(diffValues(code, yaml)[0]!.changes).toEqual([
      {
        field: "build.configurationSource",
        label: "Configuration",
        before: "Set here",
        after: "apprunner.yaml in the repository",
      },
      { field: "build.runtime", label: "Runtime", before: "Node.js 22", after: null },
      { field: "build.buildCommand", label: "Build command", before: "npm ci", after: null },
      {
        field: "build.startCommand",
        label: "Start command",
        before: "node server.js",
        after: null,
      },
      { field: "build.port", label: "Port", before: "3000", after: null },
      { field: "build.env.MODE", label: "Variable MODE", before: "fast", after: null },
    ]);
  });

  it("shows a switch between image and code as a change of repository type", () => {
    const after = edited((v) => {
      v.source.type = "code";
      v.source.connectionArn = `${ACCOUNT}:connection/gh/0123456789abcdef0123456789abcdef`;
      v.source.repositoryUrl = "https://github.com/acme/api";
    });
    expect(changesIn(after)[0]).toEqual({
      step: "source",
      field: "source.type",
      label: "Repository type",
      before: "Container image",
      after: "Source code",
    });
  });
});
