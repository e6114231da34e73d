import type { VpcConnector } from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { resourceHref } from "@/components/resources/resource-kinds";
import { revisionRows } from "@/components/resources/revision-rows";

const connector = (name: string, revision: number): VpcConnector => ({
  VpcConnectorName: name,
  VpcConnectorRevision: revision,
  VpcConnectorArn: `arn:aws:apprunner:us-east-1:123456789012:vpcconnector/${name}/${revision}/abc`,
  Status: "ACTIVE",
});

const service = (name: string, vpcConnectorArn?: string) => ({
  arn: `arn:aws:apprunner:us-east-1:123456789012:service/${name}/0123`,
  name,
  id: "0123",
  vpcConnectorArn,
});

describe("revisionRows", () => {
  const connectors = [connector("zeta", 1), connector("alpha", 1), connector("alpha", 2)];
  const services = [service("web", connectors[2]!.VpcConnectorArn), service("api")];

  it("lists names alphabetically, the newest revision first, each with its users", () => {
    const rows = revisionRows("vpc-connector", connectors, services);
    expect(rows.map((r) => [r.item.VpcConnectorName, r.item.VpcConnectorRevision])).toEqual([
      ["alpha", 2],
      ["alpha", 1],
      ["zeta", 1],
    ]);
    expect(rows.map((r) => r.users.map((u) => u.name))).toEqual([["web"], [], []]);
  });

  it("keeps only one name's revisions when a name is given, and none for an unknown name", () => {
    expect(revisionRows("vpc-connector", connectors, services, "zeta")).toHaveLength(1);
    expect(revisionRows("vpc-connector", connectors, services, "gone")).toEqual([]);
  });
});

describe("resourceHref", () => {
  it("puts each kind's page under its list, the name encoded", () => {
    expect(resourceHref("vpc-ingress", "private-api")).toBe("/vpc/ingress/private-api");
    expect(resourceHref("auto-scaling", "a b")).toBe("/auto-scaling/a%20b");
  });
});
