import { describe, expect, it } from "vitest";

import { deleteRefusal } from "@/components/resources/delete-refusal";
import { groupRevisions } from "@/components/resources/group-revisions";
import { consoleConnectionsUrl } from "@/components/resources/handshake-note";
import { resourceNameFromArn } from "@/components/resources/resource-arn";
import { usersOf } from "@/components/resources/resource-users";
import { splitIds } from "@/components/resources/split-ids";

const service = (name: string, refs: Record<string, string> = {}) => ({
  arn: `arn:aws:apprunner:us-east-1:123456789012:service/${name}/0123`,
  name,
  id: "0123",
  ...refs,
});

describe("usersOf", () => {
  it("names the services that point at the resource, alphabetically", () => {
    const services = [
      service("zeta", { vpcConnectorArn: "vpc-1" }),
      service("alpha", { vpcConnectorArn: "vpc-1" }),
      service("beta", { vpcConnectorArn: "vpc-2" }),
      service("gamma", { observabilityArn: "vpc-1" }),
    ];
    expect(usersOf(services, "vpcConnectorArn", "vpc-1").map((u) => u.name)).toEqual([
      "alpha",
      "zeta",
    ]);
  });

  it("finds nobody for an unknown ARN", () => {
    expect(usersOf([service("a", { vpcConnectorArn: "x" })], "vpcConnectorArn", undefined)).toEqual(
      [],
    );
  });
});

describe("deleteRefusal", () => {
  const one = [service("web")];
  it("allows deleting what nothing uses", () => {
    expect(deleteRefusal("vpc-connector", { users: [] })).toBeUndefined();
    expect(deleteRefusal("auto-scaling", { isDefault: false, users: [] })).toBeUndefined();
  });

  it("refuses the default auto scaling configuration, even unused", () => {
    expect(deleteRefusal("auto-scaling", { isDefault: true, users: [] })).toMatch(
      /default auto scaling configuration.*Make another revision the default first/,
    );
  });

  it("names the service that uses it and what to do", () => {
    expect(deleteRefusal("auto-scaling", { users: one })).toBe(
      "Service web uses this auto scaling configuration. Give it another auto scaling configuration first.",
    );
    expect(deleteRefusal("observability", { users: one })).toMatch(/^Service web uses .*tracing/);
  });

  it("names two users, then counts the rest", () => {
    const three = [service("a"), service("b"), service("c")];
    expect(deleteRefusal("vpc-connector", { users: three.slice(0, 2) })).toMatch(
      /^Services a and b use/,
    );
    expect(deleteRefusal("vpc-connector", { users: three })).toMatch(
      /^Services a, b and 1 more use/,
    );
  });
});

describe("groupRevisions", () => {
  it("groups by name, names sorted, newest revision first", () => {
    const items = [
      { n: "b", r: 1 },
      { n: "a", r: 1 },
      { n: "a", r: 3 },
      { n: "a", r: 2 },
    ];
    const groups = groupRevisions(
      items,
      (i) => i.n,
      (i) => i.r,
    );
    expect(groups.map((g) => [g.name, g.revisions.map((i) => i.r)])).toEqual([
      ["a", [3, 2, 1]],
      ["b", [1]],
    ]);
  });
});

describe("resource identifiers", () => {
  it("reads the name out of any App Runner resource ARN", () => {
    expect(
      resourceNameFromArn(
        "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/private-egress/3/0123456789abcdef0123456789abcdef",
      ),
    ).toBe("private-egress");
    expect(resourceNameFromArn("not-an-arn/name")).toBeUndefined();
  });

  it("links to the App Runner console's connections page of the region", () => {
    expect(consoleConnectionsUrl("eu-west-1")).toBe(
      "https://eu-west-1.console.aws.amazon.com/apprunner/home?region=eu-west-1#/connections",
    );
  });

  it("reads typed ID lists whatever separates them", () => {
    expect(splitIds(" subnet-a, subnet-b\nsubnet-c  ,")).toEqual([
      "subnet-a",
      "subnet-b",
      "subnet-c",
    ]);
    expect(splitIds(null)).toEqual([]);
  });
});
