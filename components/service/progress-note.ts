import type { ServiceStateOperation } from "@/lib/apprunner/rules/service-state-rules";

/** What the page says about an action it started, until the status shows how it ended. */
export type ProgressNote = {
  action: ServiceStateOperation;
  message: string;
  /** Set once the page has seen the action's operation running. */
  sawProgress?: true;
};

/** The status each action ends in, where it differs from the one it started from. */
const ENDS_IN: Partial<Record<ServiceStateOperation, string>> = {
  PauseService: "PAUSED",
  ResumeService: "RUNNING",
  DeleteService: "DELETED",
};

/**
 * The note as the service's status now stands: gone once the status shows the action's result
 * (its end status, or any settled status after the operation was seen running: a deployment
 * ends where it started, a failed operation goes back). The same object when nothing changes.
 */
export function settleProgressNote(
  note: ProgressNote,
  status: string | undefined,
): ProgressNote | undefined {
  if (status === "OPERATION_IN_PROGRESS")
    return note.sawProgress ? note : { ...note, sawProgress: true };
  if (note.sawProgress || (status !== undefined && status === ENDS_IN[note.action]))
    return undefined;
  return note;
}
