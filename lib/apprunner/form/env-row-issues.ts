import { environmentIssues } from "@/lib/apprunner/rules/environment-rules";

import type { FieldIssue, WizardValues } from "./wizard-values";

/**
 * The API reports environment problems at the map and never names a variable (names and values
 * are sensitive). The form has the rows, so it runs the same rules on each row alone to point
 * at the one to fix.
 */
export function envRowIssues({ build }: WizardValues): FieldIssue[] {
  return build.env.flatMap((row, i) => {
    const name = row.name.trim();
    if (!name) return [];
    const secret = row.kind === "secret";
    const rules = environmentIssues(
      secret
        ? { RuntimeEnvironmentSecrets: { [name]: row.value } }
        : { RuntimeEnvironmentVariables: { [name]: row.value } },
      "",
    ).map((issue) => issue.rule);
    const issues: FieldIssue[] = [];
    if (rules.includes("reserved-env-name"))
      issues.push({
        path: `build.env.${i}.name`,
        message: `${name} is reserved by App Runner; choose another name.`,
      });
    if (rules.includes("secret-reference"))
      issues.push({
        path: `build.env.${i}.value`,
        message: `Secret ${name} needs a Secrets Manager ARN, an SSM parameter ARN or an SSM parameter name.`,
      });
    return issues;
  });
}
