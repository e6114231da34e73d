import { describe, expect, it } from "vitest";

import {
  SERVICE_STATE_RULES,
  serviceStateRefusal,
  type ServiceStateOperation,
} from "@/lib/apprunner/rules";
import { ServiceStatusValues } from "@/lib/apprunner/schema/enums.generated";

const allowedIn = (operation: ServiceStateOperation) =>
  ServiceStatusValues.filter((status) => serviceStateRefusal(operation, status) === undefined);

/** Every status but the two in which a service takes nothing: mid-operation and deleted. */
const NOT_BUSY_OR_DELETED = ["CREATE_FAILED", "RUNNING", "DELETE_FAILED", "PAUSED"];

describe("the service state table", () => {
  it("has a verdict for every operation in every status of the model", () => {
    for (const verdicts of Object.values(SERVICE_STATE_RULES))
      expect(Object.keys(verdicts).sort()).toEqual([...ServiceStatusValues].sort());
  });

  it("lets a running service deploy, update, pause and be deleted, but not resume", () => {
    expect(allowedIn("StartDeployment")).toEqual(["RUNNING"]);
    expect(allowedIn("PauseService")).toEqual(["RUNNING"]);
    expect(serviceStateRefusal("ResumeService", "RUNNING")).toBe(
      "Only a paused service can be resumed.",
    );
  });

  it("lets a paused service only resume or be deleted", () => {
    const paused = (Object.keys(SERVICE_STATE_RULES) as ServiceStateOperation[]).filter(
      (operation) =>
        operation.endsWith("Service") && serviceStateRefusal(operation, "PAUSED") === undefined,
    );
    expect(paused.sort()).toEqual(["DeleteService", "ResumeService"]);
    expect(serviceStateRefusal("StartDeployment", "PAUSED")).toBe(
      "A paused service can't deploy. Resume it first.",
    );
    expect(serviceStateRefusal("PauseService", "PAUSED")).toBe("The service is already paused.");
  });

  // The model: a CREATE_FAILED service is rebuilt "using UpdateService"; a DELETE_FAILED one is
  // deleted again ("Retry the service deletion call").
  it("lets a failed create be fixed by an update, and a failed delete be retried", () => {
    expect(allowedIn("UpdateService")).toEqual(["CREATE_FAILED", "RUNNING"]);
    expect(allowedIn("DeleteService")).toEqual(NOT_BUSY_OR_DELETED);
    expect(serviceStateRefusal("StartDeployment", "CREATE_FAILED")).toBe(
      "A service that failed to create can't deploy. Fix its configuration or delete it.",
    );
  });

  it("refuses every service operation while one is in progress, and all on a deleted service", () => {
    for (const operation of Object.keys(SERVICE_STATE_RULES) as ServiceStateOperation[]) {
      expect(serviceStateRefusal(operation, "DELETED"), operation).toBe("The service is deleted.");
      if (operation !== "DisassociateCustomDomain")
        expect(serviceStateRefusal(operation, "OPERATION_IN_PROGRESS"), operation).toBe(
          "An operation is in progress.",
        );
    }
  });

  it("adds a custom domain to any live service not mid-operation, and removes one even then", () => {
    expect(allowedIn("AssociateCustomDomain")).toEqual(NOT_BUSY_OR_DELETED);
    expect(serviceStateRefusal("DisassociateCustomDomain", "OPERATION_IN_PROGRESS")).toBe(
      undefined,
    );
  });

  it("allows nothing in a status it does not know, or before the status is known", () => {
    expect(serviceStateRefusal("DeleteService", "SOMETHING_NEW")).toMatch(/allows no changes/);
    expect(serviceStateRefusal("StartDeployment", undefined)).toMatch(/not known yet/);
    expect(serviceStateRefusal("StartDeployment", "constructor")).toMatch(/allows no changes/);
  });
});
