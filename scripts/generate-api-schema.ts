/**
 * Writes lib/apprunner/schema/*.generated.ts from the vendored App Runner model.
 *
 *   npm run generate
 *
 * - enums.generated.ts        the model's enums and integer ranges, without zod (browser-safe)
 * - shapes.generated.ts       one zod schema (+ type) per model shape
 * - model-index.generated.ts  what validation messages need (patterns as the model spells them,
 *                             sensitivity, member graph)
 * - operations.generated.ts   operation name → input schema
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import {
  generateApiSchemaFiles,
  MODEL_PATH,
  SCHEMA_DIR,
  type Model,
} from "./api-schema/generate-api-schema-files";

async function main() {
  const model = JSON.parse(readFileSync(MODEL_PATH, "utf8")) as Model;
  const files = await generateApiSchemaFiles(model, SCHEMA_DIR);
  for (const file of files) writeFileSync(join(SCHEMA_DIR, file.name), file.source);
  console.log(`wrote ${files.map((f) => f.name).join(", ")} to lib/apprunner/schema/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
