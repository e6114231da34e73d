import type { WireService, WireServiceSummary } from "./wire";

/** One row of the services list: ListServices' summary plus the source, which it lacks. */
export type ServiceListItem = WireServiceSummary & { Source: string | undefined };

export type ServiceList = { services: ServiceListItem[]; fetchedAt: string };

/** "image URI" or "repository@branch", as a person recognises the source. */
export function describeSource(
  service: Pick<WireService, "SourceConfiguration">,
): string | undefined {
  const source = service.SourceConfiguration;
  if (source?.ImageRepository?.ImageIdentifier) return source.ImageRepository.ImageIdentifier;
  const code = source?.CodeRepository;
  if (code?.RepositoryUrl) {
    const version = code.SourceCodeVersion?.Value;
    return version ? `${code.RepositoryUrl}@${version}` : code.RepositoryUrl;
  }
  return undefined;
}
