/**
 * One problem with a request, tied to the member it is about.
 * `path` uses the API's member names, dotted, with list indices: `Tags[0].Key`,
 * `SourceConfiguration.ImageRepository.ImageIdentifier`. Problems inside a map are reported at
 * the map (`…RuntimeEnvironmentVariables`), because map keys can be sensitive.
 */
export type ApiIssue = { path: string; message: string };
