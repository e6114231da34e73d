import { describe, expect, test } from "vitest";

import { leafPaths } from "@/lib/export/leaf-paths";
import { migrationReport, ruleFor } from "@/lib/export/migration-report";
import { migrationReportMarkdown } from "@/lib/export/migration-report-text";

import { everySectionInput, presetInputs } from "./export-services";

const inputs = [...presetInputs(), ["every-section", everySectionInput()] as const];

describe.each(inputs)("the migration report of %s", (_name, input) => {
  const rows = migrationReport(input);

  test("accounts for every setting: each one has a rule and exactly one row", () => {
    const paths = leafPaths(input).map((l) => l.path);
    for (const path of paths) expect(ruleFor(path), path).toBeDefined();
    const reported = rows.map((r) => r.path).filter((p) => paths.includes(p));
    expect(reported).toEqual(paths);
    expect(rows.every((r) => ["carried", "changed", "none"].includes(r.fate))).toBe(true);
  });

  test("says what to do wherever a setting has no counterpart", () => {
    for (const row of rows.filter((r) => r.fate === "none")) {
      expect(row.action ?? "", row.path).not.toBe("");
    }
  });

  test("the Markdown download has a table row per setting", () => {
    const md = migrationReportMarkdown(input.ServiceName ?? "", rows);
    const tableRows = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"));
    expect(tableRows).toHaveLength(rows.length + 1);
  });
});

describe("what the report tells the person", () => {
  const row = (rows: ReturnType<typeof migrationReport>, path: string) => {
    const found = rows.find((r) => r.path === path);
    if (!found) throw new Error(`no row for ${path}`);
    return found;
  };

  test("a code repository must become an image first", () => {
    const rows = migrationReport(presetInputs()[0]![1]);
    const repo = row(rows, "SourceConfiguration.CodeRepository.RepositoryUrl");
    expect(repo.fate).toBe("none");
    expect(repo.action).toMatch(/image/);
  });

  test("a TCP health check becomes an HTTP path", () => {
    const rows = migrationReport(presetInputs()[1]![1]);
    expect(row(rows, "HealthCheckConfiguration.Protocol")).toMatchObject({
      fate: "changed",
      counterpart: expect.stringContaining("healthCheckPath"),
    });
  });

  test("concurrency scaling becomes a metric target, also for the default configuration", () => {
    const own = row(migrationReport(everySectionInput()), "AutoScalingConfigurationArn");
    expect(own.action).toMatch(/MaxConcurrency.*(AVERAGE_CPU|REQUEST_COUNT_PER_TARGET)/);
    const fallback = row(migrationReport(presetInputs()[1]![1]), "AutoScalingConfigurationArn");
    expect(fallback.counterpart).toMatch(/minTaskCount 1, maxTaskCount 25/);
  });

  test("the VPC connector becomes the service's own subnets and security groups", () => {
    const rows = migrationReport(everySectionInput());
    expect(
      row(rows, "NetworkConfiguration.EgressConfiguration.VpcConnectorArn").counterpart,
    ).toMatch(/subnets.*securityGroups/);
    expect(row(rows, "NetworkConfiguration.IngressConfiguration.IsPubliclyAccessible").fate).toBe(
      "none",
    );
  });

  test("a setting nobody mapped is listed, not dropped", () => {
    const rows = migrationReport({
      ...everySectionInput(),
      BrandNewSetting: "x",
    } as ReturnType<typeof everySectionInput>);
    expect(row(rows, "BrandNewSetting")).toMatchObject({ fate: "none", action: "Check by hand." });
  });
});
