import "server-only";

import { paginateListVpcConnectors, type VpcConnector } from "@aws-sdk/client-apprunner";

import { listAll } from "./list-all";

/** Every VPC connector revision, inactive ones included (App Runner lists them a while). */
export function listVpcConnectors(): Promise<VpcConnector[]> {
  return listAll(paginateListVpcConnectors, {}, (page) => page.VpcConnectors);
}
