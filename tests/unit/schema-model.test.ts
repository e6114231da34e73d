/**
 * Holds the generated zod schemas against the App Runner model itself, by parsing: every
 * constraint of every shape an operation's input can reach is probed at its edges, so the
 * schemas cannot drift from `service-2.json` without this failing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

import {
  OPERATION_NAMES,
  operationInputSchemas,
} from "@/lib/apprunner/schema/operations.generated";
import * as generated from "@/lib/apprunner/schema/shapes.generated";

import { readModel, shapeOf, type Shape } from "../support/aws-model";

const model = readModel("apprunner");

const schemas = generated as unknown as Record<string, z.ZodType>;
const schemaOf = (name: string): z.ZodType => {
  const schema = schemas[name];
  if (!schema) throw new Error(`no generated schema for ${name}`);
  return schema;
};
const accepts = (name: string, value: unknown) => schemaOf(name).safeParse(value).success;

const shape = (name: string): Shape => shapeOf(model, name);

/** Every shape reachable from an operation's input, in a stable order. */
const inputShapes: string[] = (() => {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const s = shape(name);
    for (const ref of [s.member, s.key, s.value]) if (ref) visit(ref.shape);
    for (const ref of Object.values(s.members ?? {})) visit(ref.shape);
  };
  for (const op of Object.values(model.operations)) visit(op.input!.shape);
  return [...seen].sort();
})();

const ofType = (type: string) => inputShapes.filter((n) => shape(n).type === type);

// ---------------------------------------------------------------------------------------------
// Ground truth for every pattern, written by hand from the patterns' meaning (not derived from
// the generator's translation). `ofLength(n)` is a value of exactly n characters that matches
// the pattern, or undefined when no such value exists.
// ---------------------------------------------------------------------------------------------
type PatternCase = {
  valid: string[];
  invalid: string[];
  ofLength: (n: number) => string | undefined;
};

const repeat = (n: number, c = "a") => (n >= 0 ? c.repeat(n) : undefined);
const UUID = "1234abcd-12ab-34cd-56ef-1234567890ab";
const fill = (prefix: string, n: number, min = 1, c = "a", suffix = "") =>
  n - prefix.length - suffix.length >= min
    ? `${prefix}${c.repeat(n - prefix.length - suffix.length)}${suffix}`
    : undefined;

const anyLine: PatternCase = {
  valid: ["", "abc", "with spaces = ok", "ünïcödé"],
  // Java's `.` refuses line terminators, NEL included.
  invalid: ["line\nbreak", "a\rb", "nel\u0085", "ls\u2028"],
  ofLength: (n) => repeat(n),
};

function nameCase(maxRepeat: number): PatternCase {
  return {
    valid: ["abcd", "My-config_1", "0abc"],
    invalid: ["-abc", "_abc", "ab c", "abc!", "abc", "a.bcd"],
    ofLength: (n) => (n >= 4 && n <= maxRepeat + 1 ? `A${repeat(n - 1, "b")}` : undefined),
  };
}

const cpuOfLength: Record<number, string> = {
  3: "256",
  4: "1024",
  6: "1 vCPU",
  8: "0.5 vCPU",
  9: "0.25 vCPU",
};
const memoryOfLength: Record<number, string> = {
  3: "512",
  4: "1024",
  5: "12288",
  6: "0.5 GB",
};

const PATTERNS: Record<string, PatternCase> = {
  ".*": anyLine,
  "^(?!aws:).+": {
    valid: ["env", "Team Name", "awsome", "aws", "AWS-cost"],
    invalid: ["aws:createdBy", "aws:", "", "a\nb"],
    ofLength: (n) => (n >= 1 ? repeat(n, "k") : undefined),
  },
  "[^\\x0a\\x0d]+": {
    valid: ["npm start", "python server.py --port 8080", "a"],
    invalid: ["", "a\nb", "a\rb"],
    ofLength: (n) => (n >= 1 ? repeat(n) : undefined),
  },
  "[^\\x00]+": {
    valid: ["/", "src/app", "a b"],
    invalid: ["", "a\u0000b"],
    ofLength: (n) => (n >= 1 ? repeat(n) : undefined),
  },
  "[A-Za-z0-9][A-Za-z0-9\\-_]{3,31}": nameCase(31),
  "[A-Za-z0-9][A-Za-z0-9\\-_]{3,39}": nameCase(39),
  "[A-Za-z0-9][A-Za-z0-9-_]{3,39}": nameCase(39),
  "256|512|1024|2048|4096|(0.25|0.5|1|2|4) vCPU": {
    valid: [
      "256",
      "512",
      "1024",
      "2048",
      "4096",
      "0.25 vCPU",
      "0.5 vCPU",
      "1 vCPU",
      "2 vCPU",
      "4 vCPU",
    ],
    invalid: ["1vCPU", "1 vcpu", "128", "3 vCPU", "8192", " 1 vCPU"],
    ofLength: (n) => cpuOfLength[n],
  },
  "512|1024|2048|3072|4096|6144|8192|10240|12288|(0.5|1|2|3|4|6|8|10|12) GB": {
    valid: [
      ...["512", "1024", "2048", "3072", "4096", "6144", "8192", "10240", "12288"],
      ...["0.5 GB", "1 GB", "2 GB", "3 GB", "4 GB", "6 GB", "8 GB", "10 GB", "12 GB"],
    ],
    invalid: ["3GB", "3 gb", "5 GB", "2000", "16 GB"],
    ofLength: (n) => memoryOfLength[n],
  },
  "[A-Za-z0-9*.-]{1,255}": {
    valid: ["example.com", "*.example.com", "a-b.example.co.uk"],
    invalid: ["exa mple.com", "ex_ample.com", "", "example.com/"],
    ofLength: (n) => (n >= 1 && n <= 255 ? repeat(n) : undefined),
  },
  "arn:aws(-[\\w]+)*:[a-z0-9-\\\\.]{0,63}:[a-z0-9-\\\\.]{0,63}:[0-9]{12}:(\\w|\\/|-){1,1011}": {
    valid: [
      "arn:aws:apprunner:us-east-1:123456789012:service/python-app/8fe1e10304f84fd2b0df550fe98a71fa",
      "arn:aws:apprunner:us-east-1:123456789012:connection/my-github-connection/e7656250f67242d7819feade6800f59e",
      "arn:aws-cn:apprunner:cn-north-1:123456789012:autoscalingconfiguration/high-availability/3",
    ],
    invalid: [
      "not-an-arn",
      "arn:aws:apprunner:us-east-1:1234:service/x",
      "arn:aws:apprunner:us-east-1:123456789012:service/a b",
      "arn:aws:apprunner:us-east-1:123456789012:",
      "arn:aws:apprunner:US-EAST-1:123456789012:service/x",
    ],
    // The shortest ARN the pattern allows: empty service and region, a 1-character resource.
    ofLength: (n) => (n - 23 <= 1011 ? fill("arn:aws:::123456789012:", n) : undefined),
  },
  "arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::[0-9]{12}:(role|role\\/service-role)\\/[\\w+=,.@\\-/]{1,1000}":
    {
      valid: [
        "arn:aws:iam::123456789012:role/my-ecr-role",
        "arn:aws:iam::123456789012:role/service-role/AppRunnerECRAccessRole",
        "arn:aws-us-gov:iam::123456789012:role/a+b=c,d.e@f-g",
      ],
      invalid: [
        "arn:aws:iam::123456789012:user/bob",
        "arn:aws:iam::12345:role/x",
        "arn:aws:iam:us-east-1:123456789012:role/x",
        "arn:aws:iam::123456789012:role/has space",
        "arn:azure:iam::123456789012:role/x",
      ],
      ofLength: (n) => (n - 31 <= 1000 ? fill("arn:aws:iam::123456789012:role/", n) : undefined),
    },
  "arn:aws(-[\\w]+)*:kms:[a-z\\-]+-[0-9]{1}:[0-9]{12}:key\\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}":
    {
      valid: [
        `arn:aws:kms:us-east-1:123456789012:key/${UUID}`,
        `arn:aws-cn:kms:cn-north-1:123456789012:key/${UUID}`,
      ],
      invalid: [
        "",
        "arn:aws:kms:us-east-1:123456789012:alias/my-key",
        `arn:aws:kms:us-east-1:12345678901:key/${UUID}`,
        `arn:aws:kms:us-east-1:123456789012:key/${UUID.toUpperCase()}`,
      ],
      // Pad the region's letters: `[a-z\-]+-[0-9]`.
      ofLength: (n) => fill("arn:aws:kms:", n, 1, "a", `-1:123456789012:key/${UUID}`),
    },
  "([0-9]{12}.dkr.ecr.[a-z\\-]+-[0-9]{1}.amazonaws.com\\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(:([\\w\\d+\\-=._:\\/@])+|@([\\w\\d\\:]+))?)|(^public\\.ecr\\.aws\\/.+\\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(:([\\w\\d+\\-=._:\\/@])+|@([\\w\\d\\:]+))?)":
    {
      valid: [
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/golang-app:latest",
        "123456789012.dkr.ecr.eu-west-2.amazonaws.com/team/app@sha256:abc123",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app",
        "public.ecr.aws/nginx/nginx:latest",
        "public.ecr.aws/aws-containers/hello-app-runner:latest",
      ],
      invalid: [
        "nginx:latest",
        "docker.io/library/nginx",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/UPPER",
        "public.ecr.aws/nginx",
        "12345.dkr.ecr.us-east-1.amazonaws.com/app",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest\n",
      ],
      ofLength: (n) => fill("public.ecr.aws/a/", n),
    },
};

// ---------------------------------------------------------------------------------------------
// Valid and invalid values of any shape, built from the model.
// ---------------------------------------------------------------------------------------------
function patternCase(name: string): PatternCase | undefined {
  const pattern = shape(name).pattern;
  if (pattern === undefined) return undefined;
  const c = PATTERNS[pattern];
  if (!c) throw new Error(`no hand-written case for pattern of ${name}: ${pattern}`);
  return c;
}

function stringOfLength(name: string, n: number): string | undefined {
  const c = patternCase(name);
  return c ? c.ofLength(n) : repeat(n);
}

function validValue(name: string): unknown {
  const s = shape(name);
  switch (s.type) {
    case "string": {
      if (s.enum) return s.enum[0];
      const c = patternCase(name);
      const candidates = c ? c.valid : [repeat(Math.max(s.min ?? 0, 1))!];
      const fits = candidates.find(
        (v) => v.length >= (s.min ?? 0) && v.length <= (s.max ?? Infinity),
      );
      if (fits === undefined) throw new Error(`no valid sample for ${name}`);
      return fits;
    }
    case "integer":
    case "long":
      return s.min ?? 1;
    case "boolean":
      return true;
    case "timestamp":
      return 1_700_000_000;
    case "list":
      return [validValue(s.member!.shape)];
    case "map":
      return { [validValue(s.key!.shape) as string]: validValue(s.value!.shape) };
    case "structure":
      return Object.fromEntries(
        Object.entries(s.members ?? {}).map(([m, ref]) => [m, validValue(ref.shape)]),
      );
    default:
      throw new Error(`unknown type ${s.type}`);
  }
}

function minimalValue(name: string): Record<string, unknown> {
  const s = shape(name);
  return Object.fromEntries((s.required ?? []).map((m) => [m, validValue(s.members![m]!.shape)]));
}

/** A value of the right JSON type that breaks one of the shape's constraints, if it has one. */
function invalidValue(name: string): unknown {
  const s = shape(name);
  switch (s.type) {
    case "string":
      if (s.enum) return "NOT_A_MEMBER";
      if (s.pattern) return patternCase(name)!.invalid[0];
      if (s.min) return "";
      if (s.max !== undefined) return repeat(s.max + 1);
      return 42; // no constraint: only the wrong type is refused
    case "integer":
    case "long":
      return s.min !== undefined ? s.min - 1 : 1.5;
    case "boolean":
      return "true";
    case "list":
      return "not-a-list";
    case "map":
      return ["not", "a", "map"];
    case "structure":
      return "not-a-structure";
    default:
      return Symbol("junk");
  }
}

// ---------------------------------------------------------------------------------------------

describe("the generated schemas cover the whole model", () => {
  it("export one schema per model shape, named as in the model", () => {
    const missing = Object.keys(model.shapes).filter(
      (n) => typeof schemas[n]?.safeParse !== "function",
    );
    expect(missing).toEqual([]);
  });

  it("map exactly the model's 37 operations to their input shapes", () => {
    const modelOps = Object.keys(model.operations).sort();
    expect(modelOps).toHaveLength(37);
    expect([...OPERATION_NAMES].sort()).toEqual(modelOps);
    expect(Object.keys(operationInputSchemas).sort()).toEqual(modelOps);
    for (const op of modelOps) {
      const input = model.operations[op]!.input!.shape;
      expect(operationInputSchemas[op as keyof typeof operationInputSchemas], op).toBe(
        schemaOf(input),
      );
    }
  });

  it("have a hand-written case for every pattern an input can reach", () => {
    const patterns = inputShapes.map((n) => shape(n).pattern).filter((p) => p !== undefined);
    expect(patterns.length).toBeGreaterThan(10);
    expect(patterns.filter((p) => !PATTERNS[p])).toEqual([]);
  });
});

describe.each(ofType("string").filter((n) => shape(n).enum))("enum %s", (name) => {
  const values = shape(name).enum!;
  it.each(values)("accepts %s", (value) => expect(accepts(name, value)).toBe(true));
  it("refuses a value outside the set, a different case and the wrong type", () => {
    expect(accepts(name, "NOT_A_MEMBER")).toBe(false);
    for (const v of values)
      if (v.toLowerCase() !== v) expect(accepts(name, v.toLowerCase())).toBe(false);
    expect(accepts(name, 1)).toBe(false);
  });
  it("names exactly the model's values when it refuses one (no extra values)", () => {
    const issue = schemaOf(name).safeParse("NOT_A_MEMBER").error?.issues[0];
    expect(issue && "values" in issue ? [...issue.values].sort() : undefined).toEqual(
      [...values].sort(),
    );
  });
});

describe.each(ofType("string").filter((n) => !shape(n).enum))("string %s", (name) => {
  const s = shape(name);
  const c = patternCase(name);

  if (s.min !== undefined && s.min > 0) {
    it(`refuses length ${s.min - 1} (min ${s.min})`, () => {
      expect(accepts(name, stringOfLength(name, s.min! - 1) ?? repeat(s.min! - 1))).toBe(false);
    });
    const atMin = stringOfLength(name, s.min);
    if (atMin !== undefined)
      it(`accepts length ${s.min} (min)`, () => expect(accepts(name, atMin)).toBe(true));
  }
  if (s.max !== undefined) {
    const atMax = stringOfLength(name, s.max);
    if (atMax !== undefined)
      it(`accepts length ${s.max} (max)`, () => expect(accepts(name, atMax)).toBe(true));
    it(`refuses length ${s.max + 1} (max ${s.max})`, () => {
      expect(accepts(name, stringOfLength(name, s.max! + 1) ?? repeat(s.max! + 1))).toBe(false);
    });
  }
  if (c) {
    const inRange = (v: string) => v.length >= (s.min ?? 0) && v.length <= (s.max ?? Infinity);
    it("accepts values that match its pattern", () => {
      const valid = c.valid.filter(inRange);
      expect(valid.length).toBeGreaterThan(0);
      for (const v of valid) expect(accepts(name, v), JSON.stringify(v)).toBe(true);
    });
    // fast-check cannot generate from lookaheads; TagKey's hand-written values cover it.
    if (!/\(\?[=!]/.test(s.pattern!))
      it("accepts generated values that match its pattern", () => {
        // The model's pattern compiled as-is, anchored (a reading independent of the
        // generator's); values with line terminators are left out, as Java's `.` refuses them.
        const pattern = new RegExp(`^(?:${s.pattern})$`);
        const lineTerminator = /[\n\r\u0085\u2028\u2029]/;
        fc.assert(
          fc.property(
            fc.stringMatching(pattern).filter((v) => inRange(v) && !lineTerminator.test(v)),
            (v) => accepts(name, v),
          ),
          { numRuns: 200 },
        );
      });
    it("refuses values that break its pattern", () => {
      for (const v of c.invalid) expect(accepts(name, v), JSON.stringify(v)).toBe(false);
    });
  }
  it("refuses a number and null", () => {
    expect(accepts(name, 12345)).toBe(false);
    expect(accepts(name, null)).toBe(false);
  });
});

describe.each([...ofType("integer"), ...ofType("long")])("integer %s", (name) => {
  const s = shape(name);
  if (s.min !== undefined) {
    it(`accepts ${s.min} and refuses ${s.min - 1}`, () => {
      expect(accepts(name, s.min)).toBe(true);
      expect(accepts(name, s.min! - 1)).toBe(false);
    });
  }
  if (s.max !== undefined) {
    it(`accepts ${s.max} and refuses ${s.max + 1}`, () => {
      expect(accepts(name, s.max)).toBe(true);
      expect(accepts(name, s.max! + 1)).toBe(false);
    });
  } else {
    it("has no upper limit", () => expect(accepts(name, 1_000_000)).toBe(true));
  }
  it("refuses fractions, numeric strings and NaN", () => {
    expect(accepts(name, (s.min ?? 1) + 0.5)).toBe(false);
    expect(accepts(name, String(s.min ?? 1))).toBe(false);
    expect(accepts(name, Number.NaN)).toBe(false);
  });
});

describe.each(ofType("boolean"))("boolean %s", (name) => {
  it("accepts true and false, refuses strings", () => {
    expect(accepts(name, true)).toBe(true);
    expect(accepts(name, false)).toBe(true);
    expect(accepts(name, "true")).toBe(false);
    expect(accepts(name, 0)).toBe(false);
  });
});

describe.each(ofType("list"))("list %s", (name) => {
  const s = shape(name);
  const member = s.member!.shape;
  it("accepts valid members and refuses an invalid one or a non-list", () => {
    const good = validValue(member);
    expect(accepts(name, [good, good])).toBe(true);
    expect(accepts(name, [good, invalidValue(member)])).toBe(false);
    expect(accepts(name, "not-a-list")).toBe(false);
    expect(accepts(name, [null])).toBe(false);
  });
  it("keeps the model's item limits", () => {
    const good = validValue(member);
    if (s.min !== undefined) {
      expect(accepts(name, Array(s.min).fill(good))).toBe(true);
      if (s.min > 0) expect(accepts(name, Array(s.min - 1).fill(good))).toBe(false);
    } else {
      expect(accepts(name, [])).toBe(true);
    }
    if (s.max !== undefined) {
      expect(accepts(name, Array(s.max).fill(good))).toBe(true);
      expect(accepts(name, Array(s.max + 1).fill(good))).toBe(false);
    }
  });
});

describe.each(ofType("map"))("map %s", (name) => {
  const s = shape(name);
  const key = s.key!.shape;
  const value = s.value!.shape;
  it("accepts valid entries, refuses an invalid key or value and non-maps", () => {
    const k = validValue(key) as string;
    const v = validValue(value);
    expect(accepts(name, { [k]: v })).toBe(true);
    expect(accepts(name, {})).toBe(true);
    const badKey = invalidValue(key);
    if (typeof badKey === "string") expect(accepts(name, { [badKey]: v })).toBe(false);
    expect(accepts(name, { [k]: invalidValue(value) })).toBe(false);
    expect(accepts(name, [k, v])).toBe(false);
  });
});

describe.each(ofType("structure"))("structure %s", (name) => {
  const s = shape(name);
  const required = s.required ?? [];

  it("accepts every member set, and only the required ones", () => {
    expect(schemaOf(name).safeParse(validValue(name)).error?.issues ?? []).toEqual([]);
    expect(accepts(name, minimalValue(name))).toBe(true);
  });

  if (required.length)
    it.each(required)("refuses it without required member %s", (member) => {
      const value = validValue(name) as Record<string, unknown>;
      delete value[member];
      expect(accepts(name, value)).toBe(false);
    });

  const members = Object.entries(s.members ?? {});
  if (members.length)
    it.each(members.map(([m, ref]) => [m, ref.shape]))(
      "refuses an invalid %s (%s)",
      (member, memberShape) => {
        const value = validValue(name) as Record<string, unknown>;
        value[member] = invalidValue(memberShape);
        expect(accepts(name, value)).toBe(false);
      },
    );

  it("strips unknown members, as AWS ignores them", () => {
    const parsed = schemaOf(name).safeParse({ ...minimalValue(name), NotAMember: "x" });
    expect(parsed.success).toBe(true);
    expect(parsed.data).not.toHaveProperty("NotAMember");
  });
});
