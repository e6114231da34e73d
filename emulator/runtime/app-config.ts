/**
 * What to build and run, from the API's CodeConfigurationValues or from the repository's
 * apprunner.yaml (ConfigurationSource REPOSITORY). The file format follows the App Runner
 * configuration file reference (https://docs.aws.amazon.com/apprunner/latest/dg/config-file-ref.html):
 * `version`, `runtime`, `build.commands.{pre-build,build,post-build}`, `build.env`,
 * `run.command`, `run.network.{port,env}`, `run.env`, `run.secrets` (`name` + `value-from`).
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";

import { parse as parseYaml } from "yaml";

import type { CodeConfigurationValues } from "@/lib/apprunner/schema/shapes.generated";
import { DEFAULT_PORT } from "@/lib/apprunner/constants";

export type BuildPhase = { phase: "pre-build" | "build" | "post-build"; commands: string[] };

export type AppConfig = {
  from: "API" | "REPOSITORY";
  runtime: string;
  buildPhases: BuildPhase[];
  buildEnv: Record<string, string>;
  startCommand: string;
  port: string;
  /** apprunner.yaml's `run.network.env`: a second variable that carries the port. */
  portEnv?: string;
  env: Record<string, string>;
  /** Variable name → secret reference (an ARN or a parameter name). */
  secrets: Record<string, string>;
};

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; reason: string };

export const CONFIG_FILE = "apprunner.yaml";

export function fromApiValues(values: CodeConfigurationValues): ConfigResult {
  if (!values.StartCommand)
    return { ok: false, reason: "The code configuration has no start command." };
  return {
    ok: true,
    config: {
      from: "API",
      runtime: values.Runtime,
      buildPhases: values.BuildCommand ? [{ phase: "build", commands: [values.BuildCommand] }] : [],
      buildEnv: {},
      startCommand: values.StartCommand,
      port: values.Port ?? DEFAULT_PORT,
      env: { ...values.RuntimeEnvironmentVariables },
      secrets: { ...values.RuntimeEnvironmentSecrets },
    },
  };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function commandList(value: unknown, where: string): string[] | string {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((c) => typeof c === "string" || typeof c === "number"))
    return `${where} must be a list of commands`;
  return value.map(String);
}

function pairs(value: unknown, where: string, valueKey: string): Record<string, string> | string {
  if (value === undefined || value === null) return {};
  if (!Array.isArray(value)) return `${where} must be a list of name/${valueKey} pairs`;
  const out: Record<string, string> = {};
  for (const item of value) {
    if (!isObj(item) || typeof item.name !== "string" || item[valueKey] === undefined)
      return `each entry of ${where} needs a name and a ${valueKey}`;
    out[item.name] = String(item[valueKey]);
  }
  return out;
}

/** Parses an apprunner.yaml text; the reason names the key that is wrong. */
export function parseConfigFile(text: string): ConfigResult {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    return {
      ok: false,
      reason: `${CONFIG_FILE} is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
    };
  }
  const fail = (reason: string): ConfigResult => ({
    ok: false,
    reason: `${CONFIG_FILE}: ${reason}`,
  });
  if (!isObj(doc)) return fail("the file must be a mapping with version, runtime, build and run");
  if (doc.version === undefined) return fail("version is required");
  if (String(doc.version) !== "1" && String(doc.version) !== "1.0")
    return fail(`version ${String(doc.version)} is not supported (use 1.0)`);
  if (typeof doc.runtime !== "string" || doc.runtime === "") return fail("runtime is required");
  const build = doc.build ?? {};
  if (!isObj(build)) return fail("build must be a mapping");
  const commands = build.commands ?? {};
  if (!isObj(commands)) return fail("build.commands must be a mapping");
  const buildPhases: BuildPhase[] = [];
  for (const phase of ["pre-build", "build", "post-build"] as const) {
    const list = commandList(commands[phase], `build.commands.${phase}`);
    if (typeof list === "string") return fail(list);
    if (list.length > 0) buildPhases.push({ phase, commands: list });
  }
  const buildEnv = pairs(build.env, "build.env", "value");
  if (typeof buildEnv === "string") return fail(buildEnv);
  const runSection = doc.run;
  if (!isObj(runSection)) return fail("run is required");
  if (typeof runSection.command !== "string" || runSection.command === "")
    return fail("run.command is required");
  const network = runSection.network ?? {};
  if (!isObj(network)) return fail("run.network must be a mapping");
  const env = pairs(runSection.env, "run.env", "value");
  if (typeof env === "string") return fail(env);
  const secrets = pairs(runSection.secrets, "run.secrets", "value-from");
  if (typeof secrets === "string") return fail(secrets);
  const port = network.port === undefined ? DEFAULT_PORT : String(network.port);
  if (!/^\d{1,5}$/.test(port)) return fail(`run.network.port ${port} is not a port number`);
  return {
    ok: true,
    config: {
      from: "REPOSITORY",
      runtime: doc.runtime,
      buildPhases,
      buildEnv,
      startCommand: runSection.command,
      port,
      ...(typeof network.env === "string" && network.env !== "" ? { portEnv: network.env } : {}),
      env,
      secrets,
    },
  };
}

export async function readConfigFile(sourceDir: string): Promise<ConfigResult> {
  let text: string;
  try {
    text = await readFile(path.join(sourceDir, CONFIG_FILE), "utf8");
  } catch {
    return {
      ok: false,
      reason: `The configuration source is REPOSITORY but the source directory has no ${CONFIG_FILE}.`,
    };
  }
  return parseConfigFile(text);
}

/**
 * The program a runtime needs on this machine: the API's names (NODEJS_18, PYTHON_311, …) and
 * the configuration file's (nodejs18, python3, python311, …).
 */
export function interpreterFor(runtime: string): string | undefined {
  const name = runtime.toLowerCase().replace(/[_.-]/g, "");
  if (name.startsWith("nodejs")) return "node";
  if (name.startsWith("python")) return "python3";
  if (name.startsWith("corretto")) return "java";
  if (name.startsWith("go")) return "go";
  if (name.startsWith("dotnet")) return "dotnet";
  if (name.startsWith("php")) return "php";
  if (name.startsWith("ruby")) return "ruby";
  return undefined;
}

const found = new Map<string, boolean>();
/** Whether `program` is on the PATH (asked once per program). */
export function hasProgram(program: string): boolean {
  let known = found.get(program);
  if (known === undefined) {
    try {
      execFileSync("/bin/sh", ["-c", 'command -v "$1"', "sh", program], { stdio: "ignore" });
      known = true;
    } catch {
      known = false;
    }
    found.set(program, known);
  }
  return known;
}
