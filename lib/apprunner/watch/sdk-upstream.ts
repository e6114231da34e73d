import "server-only";

import { DescribeServiceCommand, ListOperationsCommand } from "@aws-sdk/client-apprunner";
import { GetLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";

import { getAppRunnerClient, getLogsClient } from "@/lib/apprunner/client";

import type { WatchUpstream } from "./upstream";
import { OPERATIONS_PAGE_SIZE, toWire } from "./wire";

/** The watch hub's upstream on the real SDK clients (AWS or any compatible endpoint). */
export const sdkUpstream: WatchUpstream = {
  async describeService(arn) {
    const out = await getAppRunnerClient().send(new DescribeServiceCommand({ ServiceArn: arn }));
    if (!out.Service) throw new Error("DescribeService returned no service.");
    return toWire(out.Service);
  },

  async listOperations(arn) {
    const out = await getAppRunnerClient().send(
      new ListOperationsCommand({ ServiceArn: arn, MaxResults: OPERATIONS_PAGE_SIZE }),
    );
    return toWire(out.OperationSummaryList ?? []);
  },

  async getLogEvents(logGroupName, logStreamName, nextToken) {
    const out = await getLogsClient().send(
      new GetLogEventsCommand({ logGroupName, logStreamName, nextToken, startFromHead: true }),
    );
    return {
      lines: (out.events ?? []).map((e) => ({
        timestamp: e.timestamp ?? 0,
        message: (e.message ?? "").replace(/\n$/, ""),
      })),
      nextForwardToken: out.nextForwardToken,
    };
  },
};
