import type { RuleCode } from "./rule-code";

/**
 * One problem with a request, tied to the member it is about.
 * `path` uses the API's member names, dotted, with list indices: `Tags[0].Key`,
 * `SourceConfiguration.ImageRepository.ImageIdentifier`. Problems inside a map are reported at
 * the map (`…RuntimeEnvironmentVariables`), because map keys can be sensitive. `message` is
 * AWS's wording; `rule` names the rule broken, for callers that word it their own way.
 */
export type ApiIssue = { path: string; message: string; rule: RuleCode };
