/**
 * One App Runner call, made by any of three clients with their own serialisers: the SDK, the
 * `aws` CLI and boto3. The CLI and boto3 get only the endpoint, region and credentials the SDK
 * client uses, from the environment, so nothing from the machine's own AWS setup leaks in.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import {
  CreateAutoScalingConfigurationCommand,
  CreateServiceCommand,
  DeleteAutoScalingConfigurationCommand,
  ListAutoScalingConfigurationsCommand,
  ListServicesForAutoScalingConfigurationCommand,
  UpdateDefaultAutoScalingConfigurationCommand,
  type AppRunnerClient,
} from "@aws-sdk/client-apprunner";

export type Output = Record<string, unknown>;

export type AppRunnerCaller = {
  name: string;
  /** Whether the client's model has the operation (and the input member, when given). */
  knows(operation: string, member?: string): Promise<boolean>;
  /** The answer as JSON; a refusal rejects with an Error whose message starts with its code. */
  call(operation: string, input: object): Promise<Output>;
};

/** Where a client that can't be run is noted as missing, not as failing. */
function runs(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "ignore", timeout: 60_000 });
  return !result.error && result.status === 0;
}

/** A pyenv `python3` first on PATH may lack boto3 while Debian's /usr/bin/python3 has it. */
export const boto3Python: string | undefined = ["python3", "/usr/bin/python3"].find((python) =>
  runs(python, ["-c", "import boto3"]),
);

export const hasAwsCli = runs("aws", ["--version"]);

type Run = { status: number | null; stdout: string; stderr: string };

/** Async so the emulator (in another process) and the test runner stay responsive. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

async function clientEnv(sdk: AppRunnerClient): Promise<NodeJS.ProcessEnv> {
  const region = await sdk.config.region();
  const credentials = await sdk.config.credentials();
  const scratch = mkdtempSync(path.join(tmpdir(), "runnerdeck-clients-"));
  return {
    ...process.env,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {}),
    AWS_DEFAULT_REGION: region,
    AWS_REGION: region,
    AWS_CONFIG_FILE: path.join(scratch, "no-config"),
    AWS_SHARED_CREDENTIALS_FILE: path.join(scratch, "no-credentials"),
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_PAGER: "",
    AWS_MAX_ATTEMPTS: "1",
  };
}

/** The SDK's command for each operation the workflow makes, input as the caller built it. */
const COMMANDS: Record<string, (sdk: AppRunnerClient, input: never) => Promise<object>> = {
  CreateAutoScalingConfiguration: (sdk, input) =>
    sdk.send(new CreateAutoScalingConfigurationCommand(input)),
  CreateService: (sdk, input) => sdk.send(new CreateServiceCommand(input)),
  DeleteAutoScalingConfiguration: (sdk, input) =>
    sdk.send(new DeleteAutoScalingConfigurationCommand(input)),
  ListAutoScalingConfigurations: (sdk, input) =>
    sdk.send(new ListAutoScalingConfigurationsCommand(input)),
  ListServicesForAutoScalingConfiguration: (sdk, input) =>
    sdk.send(new ListServicesForAutoScalingConfigurationCommand(input)),
  UpdateDefaultAutoScalingConfiguration: (sdk, input) =>
    sdk.send(new UpdateDefaultAutoScalingConfigurationCommand(input)),
};

export function sdkCaller(sdk: AppRunnerClient): AppRunnerCaller {
  return {
    name: "the AWS SDK for JavaScript",
    knows: async (operation) => operation in COMMANDS,
    async call(operation, input) {
      const send = COMMANDS[operation];
      if (!send) throw new Error(`no SDK command in the test's list for ${operation}`);
      try {
        // Through JSON, as the other clients answer: dates become strings, $metadata goes.
        const { $metadata: _, ...output } = JSON.parse(
          JSON.stringify(await send(sdk, input as never)),
        ) as Output;
        return output;
      } catch (error) {
        throw new Error(`${(error as Error).name}: ${(error as Error).message}`);
      }
    },
  };
}

const kebab = (operation: string) => operation.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();

/** The `aws` CLI on PATH (v1 or v2), one process per call. */
export async function cliCaller(sdk: AppRunnerClient, endpoint: string): Promise<AppRunnerCaller> {
  const env = await clientEnv(sdk);
  return {
    name: "the aws CLI",
    async knows(operation, member) {
      const skeleton = await run(
        "aws",
        ["apprunner", kebab(operation), "--generate-cli-skeleton", "input"],
        env,
      );
      if (skeleton.status !== 0) return false;
      return member === undefined || member in (JSON.parse(skeleton.stdout) as Output);
    },
    async call(operation, input) {
      const args = ["apprunner", kebab(operation), "--cli-input-json", JSON.stringify(input)];
      const result = await run(
        "aws",
        [...args, "--endpoint-url", endpoint, "--output", "json"],
        env,
      );
      if (result.status !== 0) {
        const code = /\(([A-Za-z]+Exception)\)/.exec(result.stderr)?.[1] ?? "CliError";
        throw new Error(`${code}: ${result.stderr.trim()}`);
      }
      return result.stdout.trim() ? (JSON.parse(result.stdout) as Output) : {};
    },
  };
}

const BOTO3_SCRIPT = `
import json, sys, boto3, botocore
from botocore.config import Config
client = boto3.client("apprunner", endpoint_url=sys.argv[1], config=Config(retries={"max_attempts": 1}))
operation, args = sys.argv[2], json.loads(sys.argv[3])
model = client.meta.service_model
if operation == "__knows__":
    name, member = args["operation"], args.get("member")
    known = name in model.operation_names and (
        member is None or member in model.operation_model(name).input_shape.members)
    print(json.dumps({"knows": known}))
    sys.exit(0)
try:
    out = getattr(client, botocore.xform_name(operation))(**args)
except botocore.exceptions.ClientError as error:
    print(error.response["Error"]["Code"] + ": " + str(error.response["Error"].get("Message")), file=sys.stderr)
    sys.exit(3)
out.pop("ResponseMetadata", None)
print(json.dumps(out, default=str))
`;

/** boto3 through the python that has it, one process per call. */
export async function boto3Caller(
  sdk: AppRunnerClient,
  endpoint: string,
  python: string,
): Promise<AppRunnerCaller> {
  const env = await clientEnv(sdk);
  const py = (operation: string, input: object) =>
    run(python, ["-c", BOTO3_SCRIPT, endpoint, operation, JSON.stringify(input)], env);
  return {
    name: `boto3 (${python})`,
    async knows(operation, member) {
      const result = await py("__knows__", { operation, member });
      return result.status === 0 && (JSON.parse(result.stdout) as { knows: boolean }).knows;
    },
    async call(operation, input) {
      const result = await py(operation, input);
      if (result.status !== 0) throw new Error(result.stderr.trim());
      return JSON.parse(result.stdout) as Output;
    },
  };
}
