import type { CreateServiceCommandInput, Service } from "@aws-sdk/client-apprunner";

import { tagIssues } from "@/lib/apprunner/rules/tag-rules";
// Loaded only when someone imports JSON: the whole enums module is fine here.
import * as enums from "@/lib/apprunner/schema/enums.generated";

import { fromCreateServiceInput } from "./from-create-service-input";
import { fromService } from "./from-service";
import type { WizardValues } from "./wizard-values";

export type ImportResult =
  | { ok: true; values: WizardValues; fixes: string[]; kind: "request" | "service" }
  | { ok: false; message: string };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Member names AWS's own examples misspell → the API's spelling. */
const MEMBER_RENAMES: Record<string, string> = { CPU: "Cpu" };

/** Enum values the examples write in another case (`"Api"`); matched case-insensitively. */
const ENUM_MEMBERS: Record<string, readonly string[]> = {
  ConfigurationSource: enums.ConfigurationSourceValues,
  ImageRepositoryType: enums.ImageRepositoryTypeValues,
  EgressType: enums.EgressTypeValues,
  IpAddressType: enums.IpAddressTypeValues,
  Protocol: enums.HealthCheckProtocolValues,
  Runtime: enums.RuntimeValues,
  Type: enums.SourceCodeVersionTypeValues,
};

const ENV_MAPS = new Set(["RuntimeEnvironmentVariables", "RuntimeEnvironmentSecrets"]);

/** A list of one-key objects (`[{"NAME": "Jane"}]`) → the map the API takes. */
function listToMap(list: unknown[]): Record<string, string> | undefined {
  const map: Record<string, string> = {};
  for (const item of list) {
    if (!isObject(item)) return undefined;
    // Also accept the {Name, Value} pairs other tools write.
    if (typeof item.Name === "string" && "Value" in item && Object.keys(item).length === 2) {
      map[item.Name] = String(item.Value);
      continue;
    }
    for (const [k, v] of Object.entries(item)) map[k] = String(v);
  }
  return map;
}

/** Rewrites the known quirks in place, recording a sentence for each fix. */
function fixQuirks(node: unknown, path: string, fixes: string[]): unknown {
  if (Array.isArray(node)) return node.map((item, i) => fixQuirks(item, `${path}[${i}]`, fixes));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, raw] of Object.entries(node)) {
    const at = path ? `${path}.${key}` : key;
    let name = key;
    let value = raw;
    const rename = MEMBER_RENAMES[key];
    if (rename) {
      name = rename;
      fixes.push(`Renamed "${key}" to "${rename}" at ${path || "the top level"}.`);
    }
    if (ENV_MAPS.has(key) && Array.isArray(value)) {
      const map = listToMap(value);
      if (map) {
        value = map;
        fixes.push(`Turned the list at ${at} into a map of names to values.`);
      }
    }
    const allowed = ENUM_MEMBERS[key];
    if (allowed && typeof value === "string") {
      const match = allowed.find((a) => a.toLowerCase() === (value as string).toLowerCase());
      if (match && match !== value) {
        fixes.push(`Changed ${at} from "${value}" to "${match}".`);
        value = match;
      }
    }
    out[name] = fixQuirks(value, at, fixes);
  }
  return out;
}

/** `[{Key, Value}]` as ListTagsForResource returns it; keys AWS reserves can't be sent, so they stay out. */
function tagsOf(raw: unknown): WizardValues["service"]["tags"] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((tag) => {
    if (!isObject(tag) || typeof tag.Key !== "string") return [];
    const reserved = tagIssues([{ Key: tag.Key }]).some((i) => i.rule === "tag-key-reserved");
    return reserved
      ? []
      : [{ key: tag.Key, value: typeof tag.Value === "string" ? tag.Value : "" }];
  });
}

/**
 * Reads pasted JSON: a CreateService CLI input (`--cli-input-json`), a DescribeService or
 * CreateService output (`{"Service": …}`), or a bare Service. The quirks of the AWS docs'
 * own examples are fixed and each fix is listed, so a person can see what changed.
 */
export function importJson(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `This is not valid JSON: ${error instanceof Error ? error.message : "it could not be read"}.`,
    };
  }
  if (!isObject(parsed))
    return { ok: false, message: "Paste a JSON object: a CreateService request or a service." };
  const fixes: string[] = [];
  const fixed = fixQuirks(parsed, "", fixes) as Json;
  const service = isObject(fixed.Service) ? fixed.Service : "ServiceArn" in fixed ? fixed : null;
  if (service && isObject(service.SourceConfiguration)) {
    const values = fromService(service as unknown as Service);
    // The service page's Export JSON puts the tags beside the Service (DescribeService has none).
    values.service.tags = tagsOf(fixed.Tags);
    return { ok: true, values, fixes, kind: "service" };
  }
  if (isObject(fixed.SourceConfiguration))
    return {
      ok: true,
      values: fromCreateServiceInput(fixed as Partial<CreateServiceCommandInput>),
      fixes,
      kind: "request",
    };
  return {
    ok: false,
    message:
      "This JSON has no SourceConfiguration. Paste a CreateService request (as for --cli-input-json) or a DescribeService output.",
  };
}
