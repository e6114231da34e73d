import "server-only";

import { mapLimit } from "./map-limit";

/**
 * Listed resources described one by one, four at a time: App Runner's summaries lack what the
 * pages show (sizes, vendor, network), and a page must not fire dozens of calls at once.
 */
export function describeEach<Summary, Described>(
  summaries: readonly Summary[],
  arnOf: (summary: Summary) => string | undefined,
  describe: (arn: string) => Promise<Described>,
): Promise<Described[]> {
  const arns = summaries.flatMap((s) => {
    const arn = arnOf(s);
    return arn ? [arn] : [];
  });
  return mapLimit(arns, 4, describe);
}
