import { describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";

import { snakeCase } from "@/lib/export/apprunner-terraform";
import { exportFiles } from "@/lib/export/export-files";
import { quote } from "@/lib/export/hcl";
import { leafPaths, type Leaf } from "@/lib/export/leaf-paths";

import { everySectionInput, presetInputs } from "./export-services";

const inputs = [...presetInputs(), ["every-section", everySectionInput()] as const];

function file(files: ReturnType<typeof exportFiles>, id: string): string {
  const found = files.find((f) => f.id === id);
  if (!found) throw new Error(`no export ${id}`);
  return found.text;
}

type Template = {
  Parameters?: Record<string, { Default?: string }>;
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
};

/**
 * A setting's value as the template states it: the environment maps are Name/Value lists there,
 * and the referenced ARNs are parameters whose default is the value.
 */
function templateValue(template: Template, path: string): unknown {
  let at: unknown = template.Resources.Service!.Properties;
  const parts = path.split(".");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const node = at as Record<string, unknown> | unknown[];
    if (part === "RuntimeEnvironmentVariables" || part === "RuntimeEnvironmentSecrets") {
      const pairs = (node as Record<string, { Name: string; Value: string }[]>)[part] ?? [];
      at = pairs.find((p) => p.Name === parts[i + 1])?.Value;
      break;
    }
    at = Array.isArray(node) ? node[Number(part)] : node?.[part];
  }
  const ref = (at as { Ref?: string } | undefined)?.Ref;
  return ref ? template.Parameters?.[ref]?.Default : at;
}

/** The Terraform line that states this setting (a map entry, a variable default, or `name = value`). */
function terraformLine(leaf: Leaf): RegExp {
  const parts = leaf.path.split(".");
  const last = parts[parts.length - 1]!;
  const parent = parts[parts.length - 2];
  const value = typeof leaf.value === "string" ? quote(leaf.value) : String(leaf.value);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (parent === "RuntimeEnvironmentVariables" || parent === "RuntimeEnvironmentSecrets") {
    return new RegExp(`^\\s*${esc(quote(last))}\\s+= ${esc(value)}$`, "m");
  }
  if (parts[0] === "Tags") return new RegExp(esc(value), "m");
  if (/^(AutoScalingConfiguration|VpcConnector|ObservabilityConfiguration)Arn$/.test(last)) {
    return new RegExp(`^\\s*default\\s+= ${esc(value)}$`, "m");
  }
  return new RegExp(`^\\s*${snakeCase(last)}\\s+= ${esc(value)}$`, "m");
}

describe.each(inputs)("App Runner exports of %s", (_name, input) => {
  const files = exportFiles(input);
  const json = JSON.parse(file(files, "apprunner-cfn-json")) as Template;
  const yaml = parseYaml(file(files, "apprunner-cfn-yaml")) as Template;

  test("the JSON and YAML templates parse and say the same", () => {
    expect(yaml).toEqual(json);
  });

  test("the resource has CloudFormation's required properties", () => {
    // AWS::AppRunner::Service, CloudFormation template reference: SourceConfiguration is the one
    // property marked "Required: Yes"; within it ImageRepository needs ImageIdentifier and
    // ImageRepositoryType, CodeRepository needs RepositoryUrl and SourceCodeVersion (Type, Value),
    // CodeConfiguration needs ConfigurationSource, CodeConfigurationValues needs Runtime.
    const service = json.Resources.Service!;
    expect(service.Type).toBe("AWS::AppRunner::Service");
    const source = service.Properties.SourceConfiguration as Record<
      string,
      Record<string, unknown>
    >;
    expect(source).toBeDefined();
    if (source.ImageRepository) {
      expect(source.ImageRepository.ImageIdentifier).toEqual(expect.any(String));
      expect(source.ImageRepository.ImageRepositoryType).toMatch(/^ECR(_PUBLIC)?$/);
    } else {
      const code = source.CodeRepository as Record<string, Record<string, unknown>>;
      expect(code.RepositoryUrl).toEqual(expect.any(String));
      expect(code.SourceCodeVersion).toEqual({ Type: "BRANCH", Value: expect.any(String) });
      expect(code.CodeConfiguration!.ConfigurationSource).toMatch(/^(API|REPOSITORY)$/);
      const values = code.CodeConfiguration!.CodeConfigurationValues as Record<string, unknown>;
      if (values) expect(values.Runtime).toEqual(expect.any(String));
    }
  });

  test("every setting of the service appears in both templates with its value", () => {
    const leaves = leafPaths(input);
    expect(leaves.length).toBeGreaterThan(10);
    for (const leaf of leaves) {
      expect(templateValue(json, leaf.path), leaf.path).toEqual(leaf.value);
      expect(templateValue(yaml, leaf.path), leaf.path).toEqual(leaf.value);
    }
  });

  test("every setting of the service appears in the Terraform export", () => {
    const tf = file(files, "apprunner-terraform");
    expect(tf).toMatch(/^resource "aws_apprunner_service" "this" \{$/m);
    for (const leaf of leafPaths(input)) expect(tf, leaf.path).toMatch(terraformLine(leaf));
  });

  test("the same service exports the same bytes", () => {
    const again = exportFiles(structuredClone(input));
    expect(again.map((f) => [f.fileName, f.text])).toEqual(files.map((f) => [f.fileName, f.text]));
  });
});

describe("the referenced configurations", () => {
  const files = exportFiles(everySectionInput());
  const json = JSON.parse(file(files, "apprunner-cfn-json")) as Template;

  test("are parameters defaulting to today's ARNs, referenced by the service", () => {
    expect(Object.keys(json.Parameters ?? {}).sort()).toEqual([
      "AutoScalingConfigurationArn",
      "ObservabilityConfigurationArn",
      "VpcConnectorArn",
    ]);
    const props = json.Resources.Service!.Properties as Record<string, Record<string, unknown>>;
    expect(props.AutoScalingConfigurationArn).toEqual({ Ref: "AutoScalingConfigurationArn" });
    expect(props.ObservabilityConfiguration!.ObservabilityConfigurationArn).toEqual({
      Ref: "ObservabilityConfigurationArn",
    });
  });

  test("a service on the defaults has no parameters", () => {
    const plain = JSON.parse(file(exportFiles(presetInputs()[1]![1]), "apprunner-cfn-json"));
    expect(plain.Parameters).toBeUndefined();
  });
});

describe("Terraform strings", () => {
  test("quotes, backslashes and interpolation are escaped", () => {
    expect(quote(`a "b" \\ \${c} %{d}`)).toBe(`"a \\"b\\" \\\\ $\${c} %%{d}"`);
  });
});
