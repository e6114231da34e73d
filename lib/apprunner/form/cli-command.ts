import type { CreateServiceCommandInput } from "@aws-sdk/client-apprunner";

/** The request as a shell command; single quotes inside the JSON are escaped for POSIX shells. */
export function toCliCommand(input: CreateServiceCommandInput): string {
  const json = JSON.stringify(input, null, 2).replaceAll("'", `'\\''`);
  return `aws apprunner create-service --cli-input-json '${json}'`;
}
