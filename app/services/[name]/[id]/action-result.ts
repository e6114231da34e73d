import { z } from "zod";

import { parseServiceArn } from "@/lib/apprunner/watch/service-arn";

export const serviceArnSchema = z
  .string()
  .refine((arn) => parseServiceArn(arn) !== undefined, { error: "That is not a service ARN." });

export const deleteServiceSchema = z
  .object({ arn: serviceArnSchema, confirmName: z.string() })
  .refine(({ arn, confirmName }) => parseServiceArn(arn)?.name === confirmName, {
    error: "Type the service's name exactly to delete it.",
    path: ["confirmName"],
  });

export type ActionResult = { ok: true; message: string } | { ok: false; message: string };
