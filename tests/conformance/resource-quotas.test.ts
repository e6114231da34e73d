/**
 * The per-name and per-account limits of the revisioned configurations, in a file of their own:
 * they need an account with nothing else in it.
 *
 * "Managing App Runner automatic scaling": "You can have up to 10 unique auto scaling
 * configuration names and up to 5 revisions for each configuration. If you reach the limit and
 * need to create more, you can delete one and then create another one."
 */
import {
  CreateAutoScalingConfigurationCommand,
  DeleteAutoScalingConfigurationCommand,
} from "@aws-sdk/client-apprunner";
import { afterAll, describe, expect, it } from "vitest";

import { expectAwsError } from "../support/aws-error";
import { emulatorForFile } from "../support/emulator-for-file";
import { uniqueName } from "../support/names";
import { partialArn } from "../support/resource-arns";
import { emulatorOnly } from "../support/target";

const ctx = emulatorForFile({ operationMs: 300 });

const created: string[] = [];

function createConfig(name: string) {
  return ctx.appRunner
    .send(new CreateAutoScalingConfigurationCommand({ AutoScalingConfigurationName: name }))
    .then((answer) => {
      created.push(answer.AutoScalingConfiguration!.AutoScalingConfigurationArn!);
      return answer.AutoScalingConfiguration!;
    });
}

function deleteName(anyRevisionArn: string) {
  return ctx.appRunner.send(
    new DeleteAutoScalingConfigurationCommand({
      AutoScalingConfigurationArn: partialArn(anyRevisionArn, "name"),
      DeleteAllRevisions: true,
    }),
  );
}

afterAll(async () => {
  const names = new Map(created.map((arn) => [partialArn(arn, "name"), arn]));
  for (const arn of names.values()) await deleteName(arn).catch(() => undefined);
});

describe("auto scaling configuration quotas", () => {
  it.skipIf(
    emulatorOnly(
      "counts every auto scaling name of the account, which AWS shares with other users",
    ),
  )(
    "10 names: the 11th is refused until one is deleted; revisions of a name in use still go",
    async () => {
      const first = await createConfig(uniqueName("quota", 32));
      for (let i = 1; i < 10; i += 1) await createConfig(uniqueName("quota", 32));
      await expectAwsError(
        createConfig(uniqueName("eleventh", 32)),
        "ServiceQuotaExceededException",
        /10/,
      );
      const revision = await createConfig(first.AutoScalingConfigurationName!);
      expect(revision.AutoScalingConfigurationRevision).toBe(2);
      // The account's own DefaultConfiguration doesn't count against the names (a choice).
      const ownDefault = await createConfig("DefaultConfiguration");
      expect(ownDefault.AutoScalingConfigurationRevision).toBeGreaterThan(1);
      await ctx.appRunner.send(
        new DeleteAutoScalingConfigurationCommand({
          AutoScalingConfigurationArn: ownDefault.AutoScalingConfigurationArn,
        }),
      );

      await deleteName(first.AutoScalingConfigurationArn!);
      const eleventh = await createConfig(uniqueName("eleventh", 32));
      expect(eleventh.AutoScalingConfigurationRevision).toBe(1);
    },
  );
});
