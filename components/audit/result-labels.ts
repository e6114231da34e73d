import type { AuditResult } from "@/lib/store/audit";

/** Each result in words, as the filter offers it and the table shows it. */
export const RESULT_LABELS: Record<AuditResult, string> = {
  ok: "Went through",
  error: "Failed",
  refused: "Refused (role)",
};
