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
    }
  | {
      /**
       * The create was sent and App Runner hasn't said whether it happened, nor answered the
       * lookup that would tell. The form sends the same token again to keep checking.
       */
      status: "checking";
      message: string;
    };

/** What the form says while a create's outcome is unknown (see the "checking" state). */
export const STILL_CHECKING =
  "App Runner hasn't answered whether the service was created; Runnerdeck is still checking.";

export const IDLE: CreateServiceState = { status: "idle" };
