import "server-only";

import type { AppRunnerPaginationConfiguration } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { collectPages } from "./collect-pages";
import { PICKER_LIST } from "./picker-list";

/**
 * Every item an App Runner listing returns, through the SDK's own paginator for it (so input,
 * pages and items keep the SDK's types), App Runner's largest page at a time and capped.
 */
export function listAll<Input, Page, Item>(
  paginate: (config: AppRunnerPaginationConfiguration, input: Input) => AsyncIterable<Page>,
  input: Input,
  itemsOf: (page: Page) => Item[] | undefined,
): Promise<Item[]> {
  return collectPages(
    paginate({ client: getAppRunnerClient(), pageSize: PICKER_LIST.pageSize }, input),
    itemsOf,
    PICKER_LIST.maxPages,
  );
}
