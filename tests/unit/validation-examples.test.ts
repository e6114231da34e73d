/**
 * AWS's published CreateService examples, as people copy them. As published they are not valid
 * requests; these tests pin down what App Runner (and so our validation) says about them.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { validateOperationInput } from "@/lib/apprunner/validation";

function example(name: string): Record<string, unknown> {
  const url = new URL(`../../reference/aws/apprunner/examples/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as Record<string, unknown>;
}

/** The examples' one-key objects → the map the API takes. */
function listToMap(list: unknown): Record<string, string> {
  return Object.assign({}, ...(list as Record<string, string>[]));
}

type Values = { RuntimeEnvironmentVariables: unknown };
const imageValues = (body: Record<string, unknown>) =>
  (body.SourceConfiguration as { ImageRepository: { ImageConfiguration: Values } }).ImageRepository
    .ImageConfiguration;
const codeValues = (body: Record<string, unknown>) =>
  (
    body.SourceConfiguration as {
      CodeRepository: { CodeConfiguration: { CodeConfigurationValues: Values } };
    }
  ).CodeRepository.CodeConfiguration.CodeConfigurationValues;

describe.each([
  [
    "image-repository-request.json",
    imageValues,
    "sourceConfiguration.imageRepository.imageConfiguration",
  ],
  [
    "code-repository-request.json",
    codeValues,
    "sourceConfiguration.codeRepository.codeConfiguration.codeConfigurationValues",
  ],
] as const)("published example %s", (file, values, wireBase) => {
  it("is refused as published: the environment variables are a list, the API takes a map", () => {
    const result = validateOperationInput("CreateService", example(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // AWS cannot even read such a body, so it is a serialization error, not a validation one.
    expect(result.errorType).toBe("SerializationException");
    expect(result.message).toBe(
      `Expected a map (an object), got a list at '${wireBase}.runtimeEnvironmentVariables'`,
    );
  });

  it("is accepted once the variables are a map, but its `CPU` member is silently ignored", () => {
    const body = example(file);
    const vars = values(body);
    vars.RuntimeEnvironmentVariables = listToMap(vars.RuntimeEnvironmentVariables);
    const result = validateOperationInput("CreateService", body);
    expect(result.ok).toBe(true);
    // `CPU` is not a member (`Cpu` is): AWS drops it, so the service would get the default
    // 1 vCPU — which happens to be what the example meant.
    if (result.ok) expect(result.value.InstanceConfiguration).toEqual({ Memory: "3 GB" });
  });

  it("is accepted with the member spelled Cpu, keeping it", () => {
    const body = example(file);
    const vars = values(body);
    vars.RuntimeEnvironmentVariables = listToMap(vars.RuntimeEnvironmentVariables);
    body.InstanceConfiguration = { Cpu: "1 vCPU", Memory: "3 GB" };
    const result = validateOperationInput("CreateService", body);
    expect(result.ok && result.value.InstanceConfiguration).toEqual({
      Cpu: "1 vCPU",
      Memory: "3 GB",
    });
  });
});

describe("the published code example's response, sent back as a request", () => {
  it("is refused for ConfigurationSource 'Api' (the enum is API)", () => {
    const response = example("code-repository-response.json").Service as Record<string, unknown>;
    const body = {
      ServiceName: response.ServiceName,
      SourceConfiguration: response.SourceConfiguration,
    };
    const vars = codeValues(body);
    vars.RuntimeEnvironmentVariables = listToMap(vars.RuntimeEnvironmentVariables);
    const result = validateOperationInput("CreateService", body);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe(
        "1 validation error detected: Value 'Api' at 'sourceConfiguration.codeRepository.codeConfiguration.configurationSource' failed to satisfy constraint: Member must satisfy enum value set: [REPOSITORY, API]",
      );
  });
});
