import "server-only";

import { paginateListVpcConnectors, type VpcConnector } from "@aws-sdk/client-apprunner";

import { getAppRunnerClient } from "@/lib/apprunner/client";

import { collectPages } from "./collect-pages";
import { PICKER_LIST } from "./picker-list";

/** Every VPC connector revision, inactive ones included (App Runner lists them a while). */
export function listVpcConnectors(): Promise<VpcConnector[]> {
  return collectPages(
    paginateListVpcConnectors({ client: getAppRunnerClient(), pageSize: PICKER_LIST.pageSize }, {}),
    (page) => page.VpcConnectors,
    PICKER_LIST.maxPages,
  );
}
