/**
 * The committed files under lib/apprunner/schema/ are exactly what `npm run generate` makes from
 * the vendored model: a model update without regenerating (or a hand edit of a generated file)
 * fails here, with the command that fixes it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, it } from "vitest";

import {
  generateApiSchemaFiles,
  MODEL_PATH,
  SCHEMA_DIR,
  type Model,
} from "../../scripts/api-schema/generate-api-schema-files";

it("the generated schema files match the vendored App Runner model (else run npm run generate)", async () => {
  const model = JSON.parse(readFileSync(MODEL_PATH, "utf8")) as Model;
  const files = await generateApiSchemaFiles(model, SCHEMA_DIR);
  expect(files.map((f) => f.name)).toContain("enums.generated.ts");
  for (const file of files) {
    const committed = readFileSync(join(SCHEMA_DIR, file.name), "utf8");
    expect(committed, `${file.name} is stale: run npm run generate`).toBe(file.source);
  }
});
