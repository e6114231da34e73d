import { describe, expect, it } from "vitest";

import { blankValues } from "@/lib/apprunner/form/defaults";
import { reviewSections } from "@/lib/apprunner/form/review-sections";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

const ARN = "arn:aws:apprunner:us-east-1:123456789012";

function row(values: WizardValues, label: string): string | undefined {
  return reviewSections(values)
    .flatMap((s) => s.rows)
    .find((r) => r.label === label)?.value;
}

function withEnv(kinds: ("plain" | "secret")[]): WizardValues {
  const v = blankValues();
  v.build.env = kinds.map((kind, i) => ({ name: `V${i}`, value: "x", kind }));
  return v;
}

describe("the review's rows", () => {
  it("name a chosen auto scaling configuration and its revision, as the service page does", () => {
    const v = blankValues();
    v.instance.autoScaling = "existing";
    v.instance.autoScalingArn = `${ARN}:autoscalingconfiguration/busy-hours/3/0123456789abcdef0123456789abcdef`;
    expect(row(v, "Auto scaling")).toBe("busy-hours (revision 3)");
  });

  it("name the VPC connector, the observability configuration and the connection", () => {
    const v = blankValues();
    v.network.egressType = "VPC";
    v.network.vpcConnectorArn = `${ARN}:vpcconnector/private-db/2/0123456789abcdef0123456789abcdef`;
    v.service.tracing = true;
    v.service.observabilityConfigurationArn = `${ARN}:observabilityconfiguration/xray/1/0123456789abcdef0123456789abcdef`;
    v.source.type = "code";
    v.source.connectionArn = `${ARN}:connection/my-github/0123456789abcdef0123456789abcdef`;
    expect(row(v, "Outgoing")).toBe("VPC connector private-db (revision 2)");
    expect(row(v, "Tracing")).toBe("On (xray (revision 1))");
    expect(row(v, "Connection")).toBe("my-github");
  });

  it("keeps what is not an App Runner ARN as typed (an import may hold anything)", () => {
    const v = blankValues();
    v.instance.autoScaling = "existing";
    v.instance.autoScalingArn = "not-an-arn";
    expect(row(v, "Auto scaling")).toBe("not-an-arn");
  });

  it("count variables and secrets in words", () => {
    expect(row(withEnv([]), "Environment")).toBe("No variables or secrets");
    expect(row(withEnv(["plain"]), "Environment")).toBe("1 variable: V0");
    expect(row(withEnv(["secret", "secret"]), "Environment")).toBe("2 secrets: V0, V1");
    expect(row(withEnv(["plain", "secret", "secret"]), "Environment")).toBe(
      "1 variable and 2 secrets: V0, V1, V2",
    );
    expect(row(withEnv(["plain", "plain", "secret"]), "Environment")).toBe(
      "2 variables and 1 secret: V0, V1, V2",
    );
  });
});
