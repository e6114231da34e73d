/**
 * What a VPC ingress connection refuses while it is still changing, against an emulator slow
 * enough (operations of 3 s) that the pending statuses last long enough to be met.
 *
 * API_UpdateVpcIngressConnection: "The VPC Ingress Connection must be in one of the following
 * states to be updated: AVAILABLE, FAILED_CREATION, FAILED_UPDATE".
 * API_DeleteVpcIngressConnection: "The VPC Ingress Connection must be in one of the following
 * states to be deleted: AVAILABLE, FAILED_CREATION, FAILED_UPDATE, FAILED_DELETION".
 * Both list InvalidStateException: "You can't perform this action when the resource is in its
 * current state."
 */
import {
  CreateServiceCommand,
  CreateVpcIngressConnectionCommand,
  DeleteVpcIngressConnectionCommand,
  DescribeVpcIngressConnectionCommand,
  UpdateVpcIngressConnectionCommand,
} from "@aws-sdk/client-apprunner";
import { describe, expect, it } from "vitest";

import { expectAwsError } from "../support/aws-error";
import { emulatorForFile } from "../support/emulator-for-file";
import { uniqueName } from "../support/names";
import { poll } from "../support/poll";
import { publicImageService } from "../support/service-requests";
import { slowOnAws, timeoutOnTarget } from "../support/target";
import { waitForServiceStatus } from "../support/wait-for";

const ctx = emulatorForFile({ operationMs: 3_000 });

const vpc = (endpoint: string) => ({ VpcId: "vpc-0123456789abcdef0", VpcEndpointId: endpoint });

describe("VPC ingress connections while pending", () => {
  it.skipIf(slowOnAws("waits for a private service to be RUNNING"))(
    "refuse Update and Delete in PENDING_CREATION and PENDING_UPDATE, take them once AVAILABLE",
    async () => {
      const { Service } = await ctx.appRunner.send(
        new CreateServiceCommand({
          ...publicImageService(uniqueName("pending")),
          NetworkConfiguration: { IngressConfiguration: { IsPubliclyAccessible: false } },
        }),
      );
      await waitForServiceStatus(ctx.appRunner, Service!.ServiceArn!, "RUNNING");
      const { VpcIngressConnection } = await ctx.appRunner.send(
        new CreateVpcIngressConnectionCommand({
          ServiceArn: Service!.ServiceArn,
          VpcIngressConnectionName: uniqueName("pending"),
          IngressVpcConfiguration: vpc("vpce-0a"),
        }),
      );
      expect(VpcIngressConnection?.Status).toBe("PENDING_CREATION");
      const arn = VpcIngressConnection!.VpcIngressConnectionArn!;
      const update = (endpoint: string) =>
        ctx.appRunner.send(
          new UpdateVpcIngressConnectionCommand({
            VpcIngressConnectionArn: arn,
            IngressVpcConfiguration: vpc(endpoint),
          }),
        );
      const remove = () =>
        ctx.appRunner.send(new DeleteVpcIngressConnectionCommand({ VpcIngressConnectionArn: arn }));
      const status = async () =>
        (
          await ctx.appRunner.send(
            new DescribeVpcIngressConnectionCommand({ VpcIngressConnectionArn: arn }),
          )
        ).VpcIngressConnection!.Status;

      await expectAwsError(update("vpce-0b"), "InvalidStateException");
      await expectAwsError(remove(), "InvalidStateException");
      await poll(status, (s) => s === "AVAILABLE", { what: "AVAILABLE" });

      expect((await update("vpce-0c")).VpcIngressConnection?.Status).toBe("PENDING_UPDATE");
      await expectAwsError(update("vpce-0d"), "InvalidStateException");
      await expectAwsError(remove(), "InvalidStateException");
      await poll(status, (s) => s === "AVAILABLE", { what: "AVAILABLE after the update" });

      expect((await remove()).VpcIngressConnection?.Status).toBe("PENDING_DELETION");
      await expectAwsError(update("vpce-0e"), "InvalidStateException");
    },
    timeoutOnTarget(60_000),
  );
});
