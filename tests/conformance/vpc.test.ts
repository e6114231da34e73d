/**
 * VPC connectors (egress) and VPC ingress connections (private endpoints). Tests quote the App
 * Runner API reference page (API_*) and the sentence they check.
 */
import {
  CreateServiceCommand,
  CreateVpcConnectorCommand,
  CreateVpcIngressConnectionCommand,
  DeleteServiceCommand,
  DeleteVpcConnectorCommand,
  DeleteVpcIngressConnectionCommand,
  DescribeVpcConnectorCommand,
  DescribeVpcIngressConnectionCommand,
  ListVpcConnectorsCommand,
  ListVpcIngressConnectionsCommand,
  UpdateVpcIngressConnectionCommand,
  type Service,
} from "@aws-sdk/client-apprunner";
import { beforeAll, describe, expect, it } from "vitest";

import { expectAwsError, expectEachAwsError, expectInvalidField } from "../support/aws-error";
import { uniqueName, unknownArn } from "../support/names";
import { partialArn } from "../support/resource-arns";
import { poll } from "../support/poll";
import { publicImageService } from "../support/service-requests";
import { emulatorForFile } from "../support/emulator-for-file";
import { slowOnAws } from "../support/target";
import { waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 300 });
/** Each needs a RUNNING service: minutes on AWS (CONFORMANCE_SKIP_SLOW=1 skips them). */
const slowDescribe = describe.skipIf(slowOnAws("needs a RUNNING service"));

function createConnector(name: string) {
  return ctx.appRunner.send(
    new CreateVpcConnectorCommand({
      VpcConnectorName: name,
      Subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"],
      SecurityGroups: ["sg-0123456789abcdef0"],
    }),
  );
}

describe("VPC connectors", () => {
  it("create ACTIVE revision 1 with the subnets and security groups given", async () => {
    const name = uniqueName("egress");
    const { VpcConnector } = await createConnector(name);
    expect(VpcConnector).toMatchObject({
      VpcConnectorName: name,
      VpcConnectorRevision: 1,
      Status: "ACTIVE",
      Subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"],
      SecurityGroups: ["sg-0123456789abcdef0"],
    });
    expect(VpcConnector?.VpcConnectorArn).toMatch(
      new RegExp(
        `^arn:aws:apprunner:${ctx.region}:${ctx.accountId}:vpcconnector/${name}/1/[0-9a-f]{32}$`,
      ),
    );
    const described = await ctx.appRunner.send(
      new DescribeVpcConnectorCommand({ VpcConnectorArn: VpcConnector!.VpcConnectorArn }),
    );
    expect(described.VpcConnector).toEqual(VpcConnector);
    const { VpcConnectors } = await ctx.appRunner.send(new ListVpcConnectorsCommand({}));
    expect(VpcConnectors?.map((c) => c.VpcConnectorArn)).toContain(VpcConnector!.VpcConnectorArn);
  });

  // API_DeleteVpcConnector: "You can't delete a connector that's used by one or more App Runner
  // services."
  it("are used by a service with VPC egress", async () => {
    const { VpcConnector } = await createConnector(uniqueName("used"));
    const { Service } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName("vpcegress")),
        NetworkConfiguration: {
          EgressConfiguration: {
            EgressType: "VPC",
            VpcConnectorArn: VpcConnector!.VpcConnectorArn,
          },
        },
      }),
    );
    expect(Service?.NetworkConfiguration?.EgressConfiguration).toEqual({
      EgressType: "VPC",
      VpcConnectorArn: VpcConnector!.VpcConnectorArn,
    });
    // "You can't delete a connector that's used by one or more App Runner services."
    await expectAwsError(
      ctx.appRunner.send(
        new DeleteVpcConnectorCommand({ VpcConnectorArn: VpcConnector!.VpcConnectorArn }),
      ),
      "InvalidRequestException",
    );
  });

  // API_VpcConnector, Status: "If the status of a connector revision is INACTIVE, it was deleted
  // and can't be used."
  it("delete: INACTIVE with DeletedAt; unknown ARNs are not found", async () => {
    const { VpcConnector } = await createConnector(uniqueName("delete"));
    const deleted = await ctx.appRunner.send(
      new DeleteVpcConnectorCommand({ VpcConnectorArn: VpcConnector!.VpcConnectorArn }),
    );
    expect(deleted.VpcConnector?.Status).toBe("INACTIVE");
    expect(deleted.VpcConnector?.DeletedAt).toBeInstanceOf(Date);
    await expectAwsError(
      ctx.appRunner.send(
        new DescribeVpcConnectorCommand({
          VpcConnectorArn: unknownArn("vpcconnector/none/1"),
        }),
      ),
      "ResourceNotFoundException",
    );
  });
});

describe("VPC connectors: documented rules", () => {
  // API_VpcConnector: "Multiple revisions of a connector might have the same Name and different
  // Revision values. At this time, App Runner supports only one revision per name."
  it("refuse a second active connector of the same name; once it is deleted the name is free", async () => {
    const name = uniqueName("onerev");
    const { VpcConnector } = await createConnector(name);
    await expectInvalidField(createConnector(name), "vpcConnectorName");
    await ctx.appRunner.send(
      new DeleteVpcConnectorCommand({ VpcConnectorArn: VpcConnector!.VpcConnectorArn }),
    );
    const again = (await createConnector(name)).VpcConnector!;
    expect(again.Status).toBe("ACTIVE");
    const { VpcConnectors } = await ctx.appRunner.send(new ListVpcConnectorsCommand({}));
    expect(VpcConnectors?.filter((c) => c.VpcConnectorName === name)).toEqual([again]);
    await ctx.appRunner.send(
      new DeleteVpcConnectorCommand({ VpcConnectorArn: again.VpcConnectorArn }),
    );
  });

  // API_DescribeVpcConnector and API_DeleteVpcConnector, VpcConnectorArn: "The ARN must be a full
  // VPC connector ARN."
  it("refuse a partial .../name or .../name/revision ARN in Describe and Delete", async () => {
    const { VpcConnector } = await createConnector(uniqueName("fullarn"));
    const full = VpcConnector!.VpcConnectorArn!;
    for (const arn of [partialArn(full, "name"), partialArn(full, "revision")]) {
      await expectInvalidField(
        ctx.appRunner.send(new DescribeVpcConnectorCommand({ VpcConnectorArn: arn })),
        "vpcConnectorArn",
      );
      await expectInvalidField(
        ctx.appRunner.send(new DeleteVpcConnectorCommand({ VpcConnectorArn: arn })),
        "vpcConnectorArn",
      );
    }
    const deleted = await ctx.appRunner.send(
      new DeleteVpcConnectorCommand({ VpcConnectorArn: full }),
    );
    expect(deleted.VpcConnector?.Status).toBe("INACTIVE");
  });

  // API_CreateVpcConnector, SecurityGroups: "If not specified, App Runner uses the default security
  // group of the Amazon VPC." The emulator knows no VPC, so it answers the empty list (a choice,
  // docs/emulator-fidelity.md); Subnets are "Required: Yes".
  it("take SecurityGroups as optional and Subnets as required", async () => {
    const { VpcConnector } = await ctx.appRunner.send(
      new CreateVpcConnectorCommand({
        VpcConnectorName: uniqueName("nosg"),
        Subnets: ["subnet-0a1b2c3d4e5f60718"],
      }),
    );
    expect(VpcConnector?.Status).toBe("ACTIVE");
    expect(VpcConnector?.SecurityGroups ?? []).toEqual([]);
    await expectInvalidField(
      ctx.appRunner.send(
        new CreateVpcConnectorCommand({ VpcConnectorName: uniqueName("nosub"), Subnets: [] }),
      ),
      "subnets",
    );
    await ctx.appRunner.send(
      new DeleteVpcConnectorCommand({ VpcConnectorArn: VpcConnector!.VpcConnectorArn }),
    );
  });
});

slowDescribe("VPC ingress connections", () => {
  let service: Service;

  beforeAll(async () => {
    const { Service: created } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName("private")),
        NetworkConfiguration: { IngressConfiguration: { IsPubliclyAccessible: false } },
      }),
    );
    service = await waitForServiceStatus(ctx.appRunner, created!.ServiceArn!, "RUNNING");
  });

  async function describeIngress(arn: string) {
    const { VpcIngressConnection } = await ctx.appRunner.send(
      new DescribeVpcIngressConnectionCommand({ VpcIngressConnectionArn: arn }),
    );
    return VpcIngressConnection!;
  }

  // The service state table (lib/apprunner/rules/service-state-rules.ts): a deleted service takes
  // no new operations, an ingress connection included.
  it("refuses a connection for a deleted service with InvalidStateException", async () => {
    const { Service: created } = await ctx.appRunner.send(
      new CreateServiceCommand(publicImageService(uniqueName("gone"))),
    );
    await waitForServiceStatus(ctx.appRunner, created!.ServiceArn!, "RUNNING");
    await ctx.appRunner.send(new DeleteServiceCommand({ ServiceArn: created!.ServiceArn }));
    await waitForServiceStatus(ctx.appRunner, created!.ServiceArn!, "DELETED");
    const error = await expectAwsError(
      ctx.appRunner.send(
        new CreateVpcIngressConnectionCommand({
          ServiceArn: created!.ServiceArn,
          VpcIngressConnectionName: uniqueName("ingress"),
          IngressVpcConfiguration: { VpcId: "vpc-0123456789abcdef0", VpcEndpointId: "vpce-0a1b" },
        }),
      ),
      "InvalidStateException",
    );
    expect(error.message).toContain("The service is deleted.");
  });

  // API_CreateVpcIngressConnection, API_DescribeVpcIngressConnection, API_UpdateVpcIngressConnection
  // ("A description of the App Runner VPC Ingress Connection resource that's updated by this
  // request.") and API_DeleteVpcIngressConnection; API_VpcIngressConnection, AccountId: "The
  // Account Id you use to create the VPC Ingress Connection resource."
  it("create, become AVAILABLE, list, update and delete", async () => {
    const name = uniqueName("ingress");
    const { VpcIngressConnection } = await ctx.appRunner.send(
      new CreateVpcIngressConnectionCommand({
        ServiceArn: service.ServiceArn,
        VpcIngressConnectionName: name,
        IngressVpcConfiguration: {
          VpcId: "vpc-0123456789abcdef0",
          VpcEndpointId: "vpce-0123456789abcdef0",
        },
      }),
    );
    expect(VpcIngressConnection).toMatchObject({
      VpcIngressConnectionName: name,
      ServiceArn: service.ServiceArn,
      AccountId: ctx.accountId,
      IngressVpcConfiguration: {
        VpcId: "vpc-0123456789abcdef0",
        VpcEndpointId: "vpce-0123456789abcdef0",
      },
    });
    expect(["PENDING_CREATION", "AVAILABLE"]).toContain(VpcIngressConnection?.Status);
    const arn = VpcIngressConnection!.VpcIngressConnectionArn!;
    expect(arn).toMatch(`arn:aws:apprunner:${ctx.region}:${ctx.accountId}:vpcingressconnection/`);

    const available = await poll(
      () => describeIngress(arn),
      (c) => c.Status === "AVAILABLE",
      { what: "ingress AVAILABLE" },
    );
    expect(available.DomainName).toBeTruthy();

    const listed = await ctx.appRunner.send(
      new ListVpcIngressConnectionsCommand({ Filter: { ServiceArn: service.ServiceArn } }),
    );
    expect(listed.VpcIngressConnectionSummaryList).toEqual([
      { VpcIngressConnectionArn: arn, ServiceArn: service.ServiceArn },
    ]);
    const byEndpoint = await ctx.appRunner.send(
      new ListVpcIngressConnectionsCommand({ Filter: { VpcEndpointId: "vpce-none" } }),
    );
    expect(byEndpoint.VpcIngressConnectionSummaryList).toEqual([]);

    const updated = await ctx.appRunner.send(
      new UpdateVpcIngressConnectionCommand({
        VpcIngressConnectionArn: arn,
        IngressVpcConfiguration: {
          VpcId: "vpc-0123456789abcdef0",
          VpcEndpointId: "vpce-0fedcba9876543210",
        },
      }),
    );
    expect(["PENDING_UPDATE", "AVAILABLE"]).toContain(updated.VpcIngressConnection?.Status);
    expect(updated.VpcIngressConnection?.IngressVpcConfiguration?.VpcEndpointId).toBe(
      "vpce-0fedcba9876543210",
    );
    const afterUpdate = await poll(
      () => describeIngress(arn),
      (c) => c.Status === "AVAILABLE",
      { what: "ingress AVAILABLE after update" },
    );
    expect(afterUpdate.IngressVpcConfiguration?.VpcEndpointId).toBe("vpce-0fedcba9876543210");

    const deleted = await ctx.appRunner.send(
      new DeleteVpcIngressConnectionCommand({ VpcIngressConnectionArn: arn }),
    );
    expect(["PENDING_DELETION", "DELETED"]).toContain(deleted.VpcIngressConnection?.Status);
  });

  it("answers unknown ARNs with ResourceNotFoundException", async () => {
    const VpcIngressConnectionArn = unknownArn("vpcingressconnection/none");
    await expectEachAwsError("ResourceNotFoundException", [
      () =>
        ctx.appRunner.send(new DescribeVpcIngressConnectionCommand({ VpcIngressConnectionArn })),
      () =>
        ctx.appRunner.send(
          new UpdateVpcIngressConnectionCommand({
            VpcIngressConnectionArn,
            IngressVpcConfiguration: { VpcId: "vpc-1", VpcEndpointId: "vpce-1" },
          }),
        ),
    ]);
  });
});

slowDescribe("VPC ingress connections: documented rules", () => {
  async function privateService(prefix: string): Promise<Service> {
    const { Service: created } = await ctx.appRunner.send(
      new CreateServiceCommand({
        ...publicImageService(uniqueName(prefix)),
        NetworkConfiguration: { IngressConfiguration: { IsPubliclyAccessible: false } },
      }),
    );
    return waitForServiceStatus(ctx.appRunner, created!.ServiceArn!, "RUNNING");
  }

  function connect(service: Service, name: string, endpoint: string) {
    return ctx.appRunner.send(
      new CreateVpcIngressConnectionCommand({
        ServiceArn: service.ServiceArn,
        VpcIngressConnectionName: name,
        IngressVpcConfiguration: { VpcId: "vpc-0123456789abcdef0", VpcEndpointId: endpoint },
      }),
    );
  }

  // API_ListVpcIngressConnections, Filter: "The VPC Ingress Connections to be listed based on
  // either the Service Arn or Vpc Endpoint Id, or both." API_CreateVpcIngressConnection,
  // VpcIngressConnectionName: "It must be unique across all the active VPC Ingress Connections in
  // your Amazon Web Services account in the Amazon Web Services Region."
  it("list by ServiceArn, by VpcEndpointId or both; a name is unique among active ones", async () => {
    const [a, b] = await Promise.all([privateService("filta"), privateService("filtb")]);
    const endpoint = `vpce-${uniqueName("e").replace(/[^a-z0-9]/g, "")}`;
    const nameA = uniqueName("ingra");
    const first = (await connect(a, nameA, endpoint)).VpcIngressConnection!;
    const second = (await connect(b, uniqueName("ingrb"), endpoint)).VpcIngressConnection!;
    expect(first.AccountId).toBe(first.VpcIngressConnectionArn!.split(":")[4]);
    await expectAwsError(connect(b, nameA, "vpce-other"), "InvalidRequestException");

    const list = async (Filter: { ServiceArn?: string; VpcEndpointId?: string }) =>
      (
        await ctx.appRunner.send(new ListVpcIngressConnectionsCommand({ Filter }))
      ).VpcIngressConnectionSummaryList?.map((c) => c.VpcIngressConnectionArn);
    expect(await list({ ServiceArn: a.ServiceArn })).toEqual([first.VpcIngressConnectionArn]);
    expect((await list({ VpcEndpointId: endpoint }))?.sort()).toEqual(
      [first.VpcIngressConnectionArn, second.VpcIngressConnectionArn].sort(),
    );
    expect(await list({ ServiceArn: b.ServiceArn, VpcEndpointId: endpoint })).toEqual([
      second.VpcIngressConnectionArn,
    ]);
    expect(await list({ ServiceArn: a.ServiceArn, VpcEndpointId: "vpce-none" })).toEqual([]);
  });
});
