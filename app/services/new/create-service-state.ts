import type { FieldIssue } from "@/lib/apprunner/form/wizard-values";

/** What the create-service action answers when it doesn't redirect. */
export type CreateServiceState =
  | { status: "idle" }
  | {
      status: "error";
      /** A page-level sentence (quota, lost connection, App Runner's own message). */
      message: string;
      /** Problems tied to form fields (form paths, e.g. `service.name`). */
      fieldErrors: FieldIssue[];
      /** True when the person can simply try again (same token: never two services). */
      retry: boolean;
    };

export const IDLE: CreateServiceState = { status: "idle" };
