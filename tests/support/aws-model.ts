/**
 * The vendored AWS models (botocore's service-2.json under reference/aws/), read as the schema
 * generator reads them: tests hold the code against these, an independent source, rather than
 * against values restated by hand.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import type { Model } from "@/scripts/api-schema/generate-api-schema-files";

import { REPO_ROOT } from "./emulator-process";

export type { Model };
export type Shape = Model["shapes"][string];

export function readModel(service: "apprunner" | "logs"): Model {
  const file = path.join(REPO_ROOT, "reference", "aws", service, "service-2.json");
  return JSON.parse(readFileSync(file, "utf8")) as Model;
}

export function shapeOf(model: Model, name: string): Shape {
  const found = model.shapes[name];
  if (!found) throw new Error(`no shape ${name} in the model`);
  return found;
}

/**
 * The defaults a structure's member documentation states ("Default: `5`"), numbers for integer
 * members, as the API returns them.
 */
export function documentedDefaults(model: Model, name: string): Record<string, string | number> {
  const defaults: Record<string, string | number> = {};
  for (const [member, ref] of Object.entries(shapeOf(model, name).members ?? {})) {
    const stated = /Default: <code>"?([^"<]*)"?<\/code>/.exec(ref.documentation ?? "")?.[1];
    if (stated === undefined) continue;
    defaults[member] = shapeOf(model, ref.shape).type === "integer" ? Number(stated) : stated;
  }
  return defaults;
}
