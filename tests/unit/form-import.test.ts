import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { importJson } from "@/lib/apprunner/form/import-json";
import { toCreateServiceInput } from "@/lib/apprunner/form/to-create-service-input";
import { validateStep, validateWizard } from "@/lib/apprunner/form/wizard-schema";
import { validateOperationInput } from "@/lib/apprunner/validation";

const example = (name: string) =>
  readFileSync(join(process.cwd(), "reference/aws/apprunner/examples", name), "utf8");

describe("Import JSON: the AWS docs' own CreateService examples", () => {
  it("fixes CPU → Cpu and the list of one-key variables, lists each fix, and yields a valid request", () => {
    const result = importJson(example("image-repository-request.json"));
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe("request");
    expect(result.fixes).toEqual([
      expect.stringMatching(/Turned the list at .*ImageConfiguration\.RuntimeEnvironmentVariables/),
      expect.stringMatching(/Renamed "CPU" to "Cpu" at InstanceConfiguration/),
    ]);
    expect(result.values.instance).toMatchObject({ cpu: "1024", memory: "3072" });
    expect(result.values.build.env).toEqual([{ name: "NAME", value: "Jane", kind: "plain" }]);
    expect(result.values.source).toMatchObject({
      type: "image",
      imageRepositoryType: "ECR",
      autoDeployments: true,
    });
    expect(validateWizard(result.values)).toEqual([]);
    expect(validateOperationInput("CreateService", toCreateServiceInput(result.values)).ok).toBe(
      true,
    );
  });

  it("imports the code example with its runtime and commands; its connection is kept for the picker to flag", () => {
    const result = importJson(example("code-repository-request.json"));
    if (!result.ok) throw new Error(result.message);
    expect(result.values.build).toMatchObject({
      configurationSource: "API",
      runtime: "PYTHON_3",
      buildCommand: "pip install -r requirements.txt",
      startCommand: "python server.py",
    });
    expect(result.values.source.connectionArn).toContain("connection/my-github-connection/");
    expect(result.fixes).toHaveLength(2);
  });

  it('reads a CreateService/DescribeService output and fixes "Api" → "API"', () => {
    const result = importJson(example("code-repository-response.json"));
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe("service");
    expect(result.fixes).toContainEqual(
      expect.stringMatching(/ConfigurationSource from "Api" to "API"/),
    );
    expect(result.values.service.name).toBe("python-app");
    expect(result.values.build.configurationSource).toBe("API");
    expect(validateStep("build", result.values)).toEqual([]);
  });

  it("reads the tags the service page's Export JSON puts beside the Service", () => {
    const exported = JSON.parse(example("image-repository-response.json")) as Record<
      string,
      unknown
    >;
    exported.Tags = [
      { Key: "emulator:outcome", Value: "fail-health-check" },
      { Key: "team", Value: "payments" },
      { Key: "aws:cloudformation:stack-name", Value: "not ours to send" },
    ];
    const result = importJson(JSON.stringify(exported));
    if (!result.ok) throw new Error(result.message);
    expect(result.values.service.tags).toEqual([
      { key: "emulator:outcome", value: "fail-health-check" },
      { key: "team", value: "payments" },
    ]);
  });

  it("accepts a bare Service object too", () => {
    const { Service } = JSON.parse(example("image-repository-response.json")) as {
      Service: unknown;
    };
    const result = importJson(JSON.stringify(Service));
    expect(result).toMatchObject({ ok: true, kind: "service" });
  });

  it("lists no fixes for a request that needs none", () => {
    const result = importJson(
      JSON.stringify({
        ServiceName: "plain",
        SourceConfiguration: {
          ImageRepository: {
            ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
            ImageRepositoryType: "ECR_PUBLIC",
          },
        },
      }),
    );
    expect(result).toMatchObject({ ok: true, fixes: [] });
  });

  it.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["an array", "[]", /JSON object/],
    ["an object without a source", '{"ServiceName":"x"}', /no SourceConfiguration/],
  ])("refuses %s with a message a person can act on", (_label, text, message) => {
    const result = importJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
