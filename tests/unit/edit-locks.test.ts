import { describe, expect, it } from "vitest";

import {
  CREATE_ONLY_MEMBERS,
  EDIT_LOCKS,
  editLockReason,
  UPDATE_SERVICE_MEMBERS,
} from "@/lib/apprunner/form/edit-locks";
import { formFieldForApiPath } from "@/lib/apprunner/form/form-field-for-api-path";

import { readModel, shapeOf } from "../support/aws-model";

const model = readModel("apprunner");
const members = (shape: string) => Object.keys(shapeOf(model, shape).members ?? {});

describe("what an edit can't change", () => {
  it("is every CreateService member UpdateService lacks, per the model, tags aside", () => {
    const update = new Set(members("UpdateServiceRequest"));
    const createOnly = members("CreateServiceRequest").filter((m) => !update.has(m));
    // "To update the tags applied to your service, use the separate actions TagResource and
    // UntagResource." (UpdateService, App Runner API reference)
    expect(createOnly).toContain("Tags");
    expect([...CREATE_ONLY_MEMBERS].sort()).toEqual(createOnly.filter((m) => m !== "Tags").sort());
    expect([...UPDATE_SERVICE_MEMBERS].sort()).toEqual([...update].sort());
  });

  it("locks a form field for every create-only member, with a reason", () => {
    // "You can't change the name or the encryption configuration of the service. These can be
    // set only when you create the service." (UpdateService, App Runner API reference)
    for (const member of CREATE_ONLY_MEMBERS) {
      const field = formFieldForApiPath(member);
      expect(field, member).toBeDefined();
      expect(editLockReason(field!), member).toMatch(new RegExp(member));
    }
    expect(editLockReason("service.encryption")).toBe(editLockReason("service.kmsKey"));
  });

  it("locks the repository type, which App Runner refuses to switch", () => {
    // "In SourceConfiguration, you can't switch your source type from code to image or the other
    // way around." (App Runner developer guide, Configuring an App Runner service)
    expect(editLockReason("source.type")).toMatch(/image and a code repository/);
  });

  it("leaves every other field open", () => {
    expect(Object.keys(EDIT_LOCKS).sort()).toEqual([
      "service.encryption",
      "service.kmsKey",
      "service.name",
      "source.type",
    ]);
    for (const field of ["build.port", "service.tags", "constructor", "toString", ""])
      expect(editLockReason(field), field).toBeUndefined();
  });
});
