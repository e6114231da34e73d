import type { FieldIssue, WizardValues } from "@/lib/apprunner/form/wizard-values";

/** What the update action answers when it doesn't go to the service's page. */
export type UpdateServiceState =
  | { status: "idle" }
  | {
      status: "error";
      /** A page-level sentence (state, lost connection, App Runner's own message). */
      message: string;
      /** Problems tied to form fields (form paths, e.g. `build.port`). */
      fieldErrors: FieldIssue[];
      /** True when the person can simply try again (same token: never two updates). */
      retry: boolean;
    }
  | {
      /**
       * The service changed since the form opened (its UpdatedAt moved): nothing was sent.
       * `base` is the service as it is now; the form shows the diff against it again.
       */
      status: "stale";
      base: WizardValues;
      baseUpdatedAt: string;
    };

export const IDLE: UpdateServiceState = { status: "idle" };
