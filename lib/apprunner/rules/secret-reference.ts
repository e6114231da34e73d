/**
 * What App Runner accepts as a secret's value: the ARN of a Secrets Manager secret (optionally
 * with `:json-key:version-stage:version-id`), the ARN of an SSM parameter, or, for a parameter in
 * the service's own region, its name (`my-param`, `/team/app/db-url`).
 */
const PARTITION = "aws(?:-[a-z]+)*";
const REGION = "[a-z]{2}(?:-[a-z]+)+-\\d";
const ACCOUNT = "\\d{12}";

const SECRETS_MANAGER_ARN = new RegExp(
  `^arn:${PARTITION}:secretsmanager:${REGION}:${ACCOUNT}:secret:[A-Za-z0-9/_+=.@-]+(?::[^:]*){0,3}$`,
);
const SSM_PARAMETER_ARN = new RegExp(
  `^arn:${PARTITION}:ssm:${REGION}:${ACCOUNT}:parameter/?[A-Za-z0-9_.\\-/]+$`,
);
/** SSM parameter names: letters, digits, `_ . - /`; hierarchies start with `/`. */
const SSM_PARAMETER_NAME = /^(?!arn:)[A-Za-z0-9_.\-/]{1,2048}$/;

export function isSecretReference(value: string): boolean {
  return (
    SECRETS_MANAGER_ARN.test(value) ||
    SSM_PARAMETER_ARN.test(value) ||
    SSM_PARAMETER_NAME.test(value)
  );
}
