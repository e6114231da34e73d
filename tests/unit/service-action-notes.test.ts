import { describe, expect, it } from "vitest";

import { settleProgressNote, type ProgressNote } from "@/components/service/progress-note";
import { sharedReason } from "@/components/service/shared-reason";

const pausing: ProgressNote = { action: "PauseService", message: "Pausing the service." };
const deploying: ProgressNote = { action: "StartDeployment", message: "Deployment started." };

/** Walks the note through the statuses the page sees, as the page does on each render. */
function through(note: ProgressNote, statuses: string[]): ProgressNote | undefined {
  let current: ProgressNote | undefined = note;
  for (const status of statuses) current = current && settleProgressNote(current, status);
  return current;
}

describe("the progress note of an action", () => {
  it("stays while the status has not yet moved", () => {
    expect(through(pausing, ["RUNNING"])?.message).toBe("Pausing the service.");
  });

  it("stays while the operation runs", () => {
    expect(through(pausing, ["RUNNING", "OPERATION_IN_PROGRESS"])?.message).toBe(
      "Pausing the service.",
    );
  });

  it("goes once the service is paused, even if the page never saw the operation run", () => {
    expect(through(pausing, ["OPERATION_IN_PROGRESS", "PAUSED"])).toBeUndefined();
    expect(through(pausing, ["PAUSED"])).toBeUndefined();
  });

  it("goes once the service is deleted", () => {
    const deleting: ProgressNote = { action: "DeleteService", message: "Deleting the service." };
    expect(through(deleting, ["RUNNING", "OPERATION_IN_PROGRESS", "DELETED"])).toBeUndefined();
  });

  it("goes when a deployment ends back at RUNNING, not before it has started", () => {
    expect(through(deploying, ["RUNNING"])?.message).toBe("Deployment started.");
    expect(through(deploying, ["RUNNING", "OPERATION_IN_PROGRESS", "RUNNING"])).toBeUndefined();
  });

  it("goes when the operation fails back to where it started", () => {
    expect(through(pausing, ["OPERATION_IN_PROGRESS", "RUNNING"])).toBeUndefined();
  });

  it("returns the same note when nothing changes, so the page stops re-rendering", () => {
    const seen = settleProgressNote(pausing, "OPERATION_IN_PROGRESS")!;
    expect(settleProgressNote(seen, "OPERATION_IN_PROGRESS")).toBe(seen);
  });
});

describe("the reason shared by every button", () => {
  it("is the reason when all buttons give the same one", () => {
    const busy = "An operation is in progress.";
    expect(sharedReason([busy, busy, busy, busy])).toBe(busy);
  });

  it("is none when the reasons differ or a button is allowed", () => {
    expect(sharedReason(["Paused.", "Already paused.", undefined, undefined])).toBeUndefined();
    expect(sharedReason(["A", "A", undefined])).toBeUndefined();
    expect(sharedReason([])).toBeUndefined();
  });
});
