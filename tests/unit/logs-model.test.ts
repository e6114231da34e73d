/**
 * Holds the emulator's CloudWatch Logs inputs against the vendored Logs model: every operation it
 * serves exists, every member it reads is a member of the model's input (with the same
 * required-ness, enum values and bounds), so a misspelt member or a wrong limit fails here.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { LOGS_INPUTS } from "@/emulator/logs/logs-input";

import { readModel, shapeOf, type Model } from "../support/aws-model";

// The Logs model's metadata names its JSON target prefix; App Runner's type leaves it out.
const model = readModel("logs") as Model & { metadata: { targetPrefix: string } };
const shape = (name: string) => shapeOf(model, name);

function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  return schema instanceof z.ZodOptional
    ? { inner: schema.unwrap() as z.ZodType, optional: true }
    : { inner: schema, optional: false };
}

it("speaks the Logs JSON 1.1 target prefix the emulator routes on", () => {
  expect(model.metadata.targetPrefix).toBe("Logs_20140328");
});

describe.each(Object.entries(LOGS_INPUTS))("%s", (operation, schema) => {
  const input = shape(model.operations[operation]?.input?.shape ?? `${operation}Request`);

  it("is a Logs operation", () => {
    expect(model.operations[operation], `${operation} is not in the Logs model`).toBeDefined();
  });

  it("reads only members the model has, required exactly where the model requires them", () => {
    const members = Object.keys(input.members ?? {});
    const required = new Set(input.required ?? []);
    for (const [member, memberSchema] of Object.entries(schema.shape)) {
      expect(members, `${operation}.${member}`).toContain(member);
      expect(unwrap(memberSchema as z.ZodType).optional, `${operation}.${member} optional`).toBe(
        !required.has(member),
      );
    }
    for (const member of required) expect(Object.keys(schema.shape)).toContain(member);
  });

  it("uses the model's enum values and numeric bounds", () => {
    for (const [member, memberSchema] of Object.entries(schema.shape)) {
      const { inner } = unwrap(memberSchema as z.ZodType);
      const modelShape = shape(input.members![member]!.shape);
      if (inner instanceof z.ZodEnum)
        expect([...inner.options].sort(), `${operation}.${member}`).toEqual(
          [...(modelShape.enum ?? [])].sort(),
        );
      if (inner instanceof z.ZodNumber) {
        if (modelShape.min !== undefined)
          expect(inner.minValue, `${operation}.${member} min`).toBe(modelShape.min);
        if (modelShape.max !== undefined)
          expect(inner.maxValue, `${operation}.${member} max`).toBe(modelShape.max);
      }
    }
  });
});
