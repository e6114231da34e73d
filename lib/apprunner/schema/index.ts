// The API's shapes as zod schemas; re-exported one by one, so imports stay tree-shakable.
export * from "./shapes.generated";
