import type { OperationName } from "../schema/operations.generated";
import type { ServiceStatus } from "../schema/shapes.generated";

/** The operations on a service that its status can forbid. */
export type ServiceStateOperation = Extract<
  OperationName,
  | "StartDeployment"
  | "UpdateService"
  | "PauseService"
  | "ResumeService"
  | "DeleteService"
  | "AssociateCustomDomain"
  | "DisassociateCustomDomain"
  | "CreateVpcIngressConnection"
>;

/** `null`: the status allows the operation; otherwise why not, in words a person can act on. */
type Verdicts = Record<ServiceStatus, string | null>;

const IN_PROGRESS = "An operation is in progress.";
const DELETED = "The service is deleted.";

/** Any status will do but a busy or deleted service. */
const UNLESS_BUSY_OR_DELETED: Verdicts = {
  RUNNING: null,
  PAUSED: null,
  CREATE_FAILED: null,
  DELETE_FAILED: null,
  OPERATION_IN_PROGRESS: IN_PROGRESS,
  DELETED,
};

/**
 * App Runner's service lifecycle: one operation at a time, a deleted service takes none, a
 * paused one only resumes or is deleted, a failed create is fixed by an update or deleted.
 * Written only here: the emulator refuses with these reasons and the service page shows them
 * beside its disabled buttons.
 */
export const SERVICE_STATE_RULES: Record<ServiceStateOperation, Verdicts> = {
  StartDeployment: {
    RUNNING: null,
    PAUSED: "A paused service can't deploy. Resume it first.",
    CREATE_FAILED:
      "A service that failed to create can't deploy. Fix its configuration or delete it.",
    DELETE_FAILED: "A service that failed to delete can't deploy.",
    OPERATION_IN_PROGRESS: IN_PROGRESS,
    DELETED,
  },
  UpdateService: {
    RUNNING: null,
    CREATE_FAILED: null,
    PAUSED: "A paused service can't be updated. Resume it first.",
    DELETE_FAILED: "A service that failed to delete can't be updated.",
    OPERATION_IN_PROGRESS: IN_PROGRESS,
    DELETED,
  },
  PauseService: {
    RUNNING: null,
    PAUSED: "The service is already paused.",
    CREATE_FAILED: "Only a running service can be paused.",
    DELETE_FAILED: "Only a running service can be paused.",
    OPERATION_IN_PROGRESS: IN_PROGRESS,
    DELETED,
  },
  ResumeService: {
    PAUSED: null,
    RUNNING: "Only a paused service can be resumed.",
    CREATE_FAILED: "Only a paused service can be resumed.",
    DELETE_FAILED: "Only a paused service can be resumed.",
    OPERATION_IN_PROGRESS: IN_PROGRESS,
    DELETED,
  },
  DeleteService: UNLESS_BUSY_OR_DELETED,
  AssociateCustomDomain: UNLESS_BUSY_OR_DELETED,
  // Removing a domain touches only the domain, so a running operation does not block it.
  DisassociateCustomDomain: { ...UNLESS_BUSY_OR_DELETED, OPERATION_IN_PROGRESS: null },
  CreateVpcIngressConnection: UNLESS_BUSY_OR_DELETED,
};

/**
 * Why `status` forbids `operation`, or undefined when it allows it. A status this table does not
 * know (or none yet) allows nothing, so a button never offers what App Runner would refuse.
 */
export function serviceStateRefusal(
  operation: ServiceStateOperation,
  status: string | undefined,
): string | undefined {
  const verdicts: Readonly<Record<string, string | null>> = SERVICE_STATE_RULES[operation];
  if (status === undefined || !Object.hasOwn(verdicts, status))
    return `The service's status (${status ?? "not known yet"}) allows no changes.`;
  return verdicts[status] ?? undefined;
}
