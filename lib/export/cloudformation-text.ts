import { stringify } from "yaml";

/** A CloudFormation template as its two accepted syntaxes; plain data, so both say the same. */
export function templateJson(template: object): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}

export function templateYaml(template: object): string {
  // Long values (ARNs, commands) stay on one line; no anchors, so each value reads where it is.
  return stringify(template, { lineWidth: 0, aliasDuplicateObjects: false });
}
