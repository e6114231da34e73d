export type ServiceAction = "deploy" | "pause" | "resume" | "delete";

/**
 * Whether an action is allowed in a status, and if not, why — in the words shown next to the
 * disabled button. Mirrors App Runner's state rules (FACTS.md, "Lifecycle").
 */
export function actionBlockedReason(
  action: ServiceAction,
  status: string | undefined,
): string | undefined {
  if (status === "OPERATION_IN_PROGRESS") return "An operation is in progress.";
  if (status === "DELETED") return "The service is deleted.";
  switch (action) {
    case "deploy":
      if (status === "PAUSED") return "A paused service can't deploy. Resume it first.";
      if (status === "CREATE_FAILED")
        return "A service that failed to create can't deploy. Fix its configuration or delete it.";
      if (status === "DELETE_FAILED") return "A service that failed to delete can't deploy.";
      return undefined;
    case "pause":
      if (status === "PAUSED") return "The service is already paused.";
      if (status !== "RUNNING") return "Only a running service can be paused.";
      return undefined;
    case "resume":
      if (status !== "PAUSED") return "Only a paused service can be resumed.";
      return undefined;
    case "delete":
      return undefined;
  }
}
