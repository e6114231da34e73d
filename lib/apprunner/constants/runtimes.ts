// A type only (erased at build), so the browser never loads the generated zod schemas.
import type { Runtime } from "../schema/shapes.generated";

/**
 * The managed runtimes for code repositories with their labels, in the order a picker lists
 * them. Typed as a record over the model's `Runtime`, so the compiler holds the keys to exactly
 * the model's enum: a runtime the model adds fails the typecheck until it has a label here.
 */
export const RUNTIME_LABELS: Readonly<Record<Runtime, string>> = {
  PYTHON_3: "Python 3",
  PYTHON_311: "Python 3.11",
  NODEJS_12: "Node.js 12",
  NODEJS_14: "Node.js 14",
  NODEJS_16: "Node.js 16",
  NODEJS_18: "Node.js 18",
  NODEJS_22: "Node.js 22",
  CORRETTO_8: "Corretto 8",
  CORRETTO_11: "Corretto 11",
  GO_1: "Go 1",
  DOTNET_6: ".NET 6",
  PHP_81: "PHP 8.1",
  RUBY_31: "Ruby 3.1",
};

/** The managed runtimes, exactly the model's `Runtime` enum (the keys above). */
export const RUNTIMES = Object.keys(RUNTIME_LABELS) as readonly Runtime[];
