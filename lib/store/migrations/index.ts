import type { Migration } from "kysely";

import type { Engine } from "../schema";
import { revisions } from "./001-revisions";
import { audit } from "./002-audit";

/**
 * Every migration by name, in code rather than read from a folder (the app is bundled). Names
 * sort in the order they run. A migration that has shipped is never edited or renamed: the next
 * change is a new one. Some column types differ by engine, hence the argument.
 */
export function migrations(engine: Engine): Record<string, Migration> {
  return {
    "001_revisions": revisions(engine),
    "002_audit": audit(engine),
  };
}
