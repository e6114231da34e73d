import type {
  CreateServiceCommandInput,
  TagResourceCommandInput,
  UntagResourceCommandInput,
  UpdateServiceCommandInput,
} from "@aws-sdk/client-apprunner";

/** One App Runner request as the CLI names it (`aws apprunner <command>`). */
export type CliRequest =
  | { command: "create-service"; input: CreateServiceCommandInput }
  | { command: "update-service"; input: UpdateServiceCommandInput }
  | { command: "tag-resource"; input: TagResourceCommandInput }
  | { command: "untag-resource"; input: UntagResourceCommandInput };

/** A request as a shell command; single quotes inside the JSON are escaped for POSIX shells. */
export function cliCommand({ command, input }: CliRequest): string {
  const json = JSON.stringify(input, null, 2).replaceAll("'", `'\\''`);
  return `aws apprunner ${command} --cli-input-json '${json}'`;
}

export function toCliCommand(input: CreateServiceCommandInput): string {
  return cliCommand({ command: "create-service", input });
}

/** Several requests in the order they must run: the next starts only if the one before worked. */
export function cliCommands(requests: readonly CliRequest[]): string {
  return requests.map(cliCommand).join(" &&\n");
}
