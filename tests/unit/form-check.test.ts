import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";

import { flattenErrors } from "@/components/wizard/field-errors";
import { wizardResolver } from "@/components/wizard/wizard-check";
import { blankValues } from "@/lib/apprunner/form/defaults";
import { autoDeployRefusal, dualStackRefusal } from "@/lib/apprunner/form/refused-choices";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import { validateStep, type WizardValues } from "@/lib/apprunner/form/wizard-schema";
import { MAX_TAGS } from "@/lib/apprunner/rules/quotas";
import { validateOperationInput } from "@/lib/apprunner/validation";

/** A form that passes every step. */
function valid(): WizardValues {
  const v = blankValues();
  v.source.imageIdentifier = "public.ecr.aws/nginx/nginx:latest";
  v.service.name = "hello-web";
  return v;
}

function tags(count: number) {
  return Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: "v" }));
}

/** The API's own verdict on the request the form builds: rule codes by API path. */
function apiRules(v: WizardValues) {
  const checked = validateOperationInput("CreateService", toCreateServiceInput(v));
  return checked.ok ? [] : checked.issues.map((i) => [i.path, i.rule]);
}

describe("the wizard's check is App Runner's rules, at the form's fields", () => {
  it("refuses the 51st tag at the tags list, with the limit from the shared rules", () => {
    const v = valid();
    v.service.tags = tags(MAX_TAGS + 1);
    expect(apiRules(v)).toEqual([["Tags", "tag-limit"]]);
    expect(validateStep("service", v)).toEqual([
      {
        path: "service.tags",
        message: "App Runner allows at most 50 tags on a service; remove 1.",
      },
    ]);
    v.service.tags = tags(MAX_TAGS);
    expect(validateStep("service", v)).toEqual([]);
  });

  it("refuses dual-stack with a private endpoint, even while a later step is still empty", () => {
    const v = blankValues();
    v.source.imageIdentifier = "public.ecr.aws/nginx/nginx:latest";
    v.network = { ...v.network, ingress: "private", ipAddressType: "DUAL_STACK" };
    // The name (Service step) is blank, so App Runner stops at the shapes; the form still
    // shows this step's rule.
    expect(apiRules(v).every(([path]) => path === "ServiceName")).toBe(true);
    expect(validateStep("network", v)).toEqual([
      {
        path: "network.ipAddressType",
        message:
          "Dual-stack needs a public endpoint; a private endpoint is reached over IPv4 only.",
      },
    ]);
  });

  it("puts the form's words on the rule App Runner names (public ECR URI)", () => {
    const v = valid();
    v.source.imageIdentifier = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1";
    expect(apiRules(v)).toEqual([
      ["SourceConfiguration.ImageRepository.ImageIdentifier", "ecr-public-uri"],
    ]);
    expect(validateStep("source", v)).toEqual([
      {
        path: "source.imageIdentifier",
        message:
          "An ECR Public image URI starts with public.ecr.aws/, e.g. public.ecr.aws/nginx/nginx:latest.",
      },
    ]);
  });

  it("keeps AWS's words where the form has none of its own", () => {
    const v = valid();
    v.service.tags = [{ key: "team", value: "x".repeat(300) }];
    expect(validateStep("service", v)).toEqual([
      { path: "service.tags.0.value", message: "The value of tag team is too long." },
    ]);
    v.source.sourceDirectory = "x";
    v.source = { ...v.source, type: "code", connectionArn: "arn:aws:iam::1:role/x" };
    expect(validateStep("source", v).find((i) => i.path === "source.connectionArn")).toEqual({
      path: "source.connectionArn",
      message: "Choose a connection from the list.",
    });
  });

  it("lists every health-check problem at once, a fraction beside out-of-range numbers", () => {
    const v = valid();
    v.healthCheck = { ...v.healthCheck, interval: 1.5, timeout: 0 };
    expect(validateStep("health-check", v).map((i) => i.path)).toEqual([
      "healthCheck.interval",
      "healthCheck.timeout",
    ]);
  });
});

describe("choices a step disables ask the same rules", () => {
  it("dual-stack only with a public endpoint", () => {
    expect(dualStackRefusal("private")).toMatch(/needs a public endpoint/);
    expect(dualStackRefusal("public")).toBeUndefined();
  });

  it("automatic deployment not for ECR Public", () => {
    const source = valid().source;
    expect(autoDeployRefusal(source)).toMatch(/ECR Public/);
    expect(autoDeployRefusal({ ...source, imageRepositoryType: "ECR" })).toBeUndefined();
    expect(autoDeployRefusal({ ...source, type: "code" })).toBeUndefined();
  });
});

describe("react-hook-form's resolver", () => {
  const options: ResolverOptions<WizardValues> = {
    fields: {},
    names: ["service"],
    shouldUseNativeValidation: false,
  };

  it("nests the step's problems as react-hook-form errors, the list's own at the list", async () => {
    const v = valid();
    v.service.tags = tags(MAX_TAGS + 1);
    v.service.name = "ab";
    const result = await wizardResolver(v, { step: "service" }, options);
    expect(flattenErrors(result.errors).map((e) => [e.path, e.message])).toEqual([
      ["service.name", expect.stringMatching(/4–40 letters/)],
      ["service.tags", expect.stringMatching(/at most 50 tags/)],
    ]);
  });

  it("passes the values through when the step has no problem", async () => {
    const v = valid();
    expect(await wizardResolver(v, { step: "service" }, options)).toEqual({
      values: v,
      errors: {},
    });
  });
});
