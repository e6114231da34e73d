// Moved to the App Runner adapter. Kept only until app/services/new/page.tsx and
// components/wizard/start-options.tsx import from there (their owner's change); then delete.
export { loadDuplicate, type DuplicateResult } from "@/lib/apprunner/api/load-duplicate";
