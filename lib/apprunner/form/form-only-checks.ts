import { formMessage } from "./form-messages";
import { usesRepositoryConfig } from "./to-create-service-input";
import type { FieldIssue, WizardValues } from "./wizard-values";

/*
 * What only the form asks for. None of these is an App Runner rule (those come from the API's
 * check in wizard-schema.ts): each is a value the API leaves optional or unconstrained that a
 * working service still needs, or a problem of the form's rows, which the request turns into a
 * map or a list where it would silently disappear.
 */

type Sink = (path: string, message: string) => void;

function sourceChecks({ source }: WizardValues, add: Sink): void {
  if (source.type !== "code") return;
  // The model's RepositoryUrl is any string; GitHub and Bitbucket connections reach https URLs.
  const url = source.repositoryUrl.trim();
  if (!/^https:\/\/\S+$/.test(url))
    add(
      "source.repositoryUrl",
      url
        ? "Enter the repository's https:// URL, e.g. https://github.com/my-account/my-app."
        : "Enter the repository URL.",
    );
  // The model lets an empty branch through; App Runner would have nothing to deploy.
  if (!source.branch.trim()) add("source.branch", "Enter the branch to deploy.");
}

function buildChecks(values: WizardValues, add: Sink): void {
  if (usesRepositoryConfig(values)) return;
  const { build } = values;
  // Optional in the model, but a managed runtime has no start command of its own to fall back on.
  if (values.source.type === "code" && !build.startCommand.trim())
    add("build.startCommand", "Enter the command that starts your application.");
  // The model's Port is a free string; the form asks for what a listening socket can use.
  const port = Number(build.port);
  if (!/^\d+$/.test(build.port.trim()) || port < 1 || port > 65535)
    add("build.port", "Enter the port your application listens on, from 1 to 65535.");
  // Rows become a map: an unnamed row or a name given twice would vanish from the request.
  const seen = new Set<string>();
  build.env.forEach((row, i) => {
    const name = row.name.trim();
    if (!name) add(`build.env.${i}.name`, `Enter a name for variable ${i + 1}, or remove the row.`);
    else if (seen.has(name)) add(`build.env.${i}.name`, `${name} is set twice; keep one.`);
    seen.add(name);
  });
}

function instanceChecks({ instance }: WizardValues, add: Sink): void {
  // Without an ARN the request simply leaves it out and App Runner uses the default, which is
  // not what "a configuration of mine" asked for.
  if (instance.autoScaling === "existing" && !instance.autoScalingArn.trim())
    add("instance.autoScalingArn", "Choose an auto scaling configuration, or create one.");
}

const NUMBERS = ["interval", "timeout", "healthyThreshold", "unhealthyThreshold"] as const;

function healthCheckChecks(values: WizardValues, add: Sink): void {
  const hc = values.healthCheck;
  // Any non-empty path passes the model; one without a leading / never matches a route.
  const path = hc.path.trim();
  if (hc.protocol === "HTTP" && path && !path.startsWith("/"))
    add("healthCheck.path", "Start the path with /, e.g. /health.");
  // An emptied box would fall back to App Runner's default unseen; the form shows the number.
  for (const key of NUMBERS) {
    const field = `healthCheck.${key}`;
    if (hc[key] === null) add(field, formMessage(field, "required", values) ?? "Enter a number.");
  }
}

function serviceChecks({ service }: WizardValues, add: Sink): void {
  // Rows become a list of tags; two rows with one key would end up as one tag.
  const seen = new Set<string>();
  service.tags.forEach((tag, i) => {
    if (tag.key && seen.has(tag.key))
      add(`service.tags.${i}.key`, `The tag ${tag.key} is set twice; keep one.`);
    seen.add(tag.key);
  });
}

export function formOnlyIssues(values: WizardValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add: Sink = (path, message) => issues.push({ path, message });
  for (const check of [sourceChecks, buildChecks, instanceChecks, healthCheckChecks, serviceChecks])
    check(values, add);
  return issues;
}
