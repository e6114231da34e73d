import { describe, expect, it } from "vitest";

import { combinedReasons, sharedReason } from "@/components/service/shared-reason";
import { refusalFor, type Action, type Viewer } from "@/lib/auth/permissions";

// The service page's buttons, in its order: Deploy, Pause, Resume, Delete, Edit.
const PERMISSIONS: Action[] = [
  "deployService",
  "pauseService",
  "resumeService",
  "deleteService",
  "updateService",
];
const roleReasons = (viewer: Pick<Viewer, "roles">) =>
  PERMISSIONS.map((action) => refusalFor(viewer, action));

const RUNNING = [
  undefined,
  undefined,
  "Only a paused service can be resumed.",
  undefined,
  undefined,
];
const BUSY = Array<string>(5).fill("An operation is in progress.");

describe("why each of the service page's buttons is disabled", () => {
  it("gives a viewer the role's reason on every button, before the status's", () => {
    const reasons = combinedReasons(RUNNING, roleReasons({ roles: ["viewer"] }));
    expect(reasons).toEqual([
      "Viewers can't deploy services.",
      "Viewers can't pause services.",
      "Viewers can't resume services.",
      "Viewers can't delete services.",
      "Viewers can't edit services.",
    ]);
    expect(sharedReason(reasons)).toBeUndefined();
  });

  it("gives an operator the status's reasons, and the role's only on Delete", () => {
    expect(combinedReasons(RUNNING, roleReasons({ roles: ["operator"] }))).toEqual([
      undefined,
      undefined,
      "Only a paused service can be resumed.",
      "Operators can't delete services.",
      undefined,
    ]);
  });

  it("says a status that stops every button once, whoever looks", () => {
    for (const roles of [["viewer"], ["operator"], ["admin"]] as const) {
      const reasons = combinedReasons(BUSY, roleReasons({ roles: [...roles] }));
      expect(sharedReason(reasons)).toBe("An operation is in progress.");
    }
  });

  it("leaves an admin with the status's reasons only", () => {
    expect(combinedReasons(RUNNING, roleReasons({ roles: ["admin"] }))).toEqual(RUNNING);
  });
});
