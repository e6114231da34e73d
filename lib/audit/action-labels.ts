import type { Action } from "@/lib/auth/permissions";

/** How the audit page names each action, and how the service page says who did it. */
export const ACTION_LABELS: Record<Action, { label: string; done: string }> = {
  createService: { label: "Create service", done: "Created" },
  updateService: { label: "Edit service", done: "Updated" },
  deployService: { label: "Deploy", done: "Deployed" },
  pauseService: { label: "Pause", done: "Paused" },
  resumeService: { label: "Resume", done: "Resumed" },
  manageCustomDomains: { label: "Custom domain", done: "Changed" },
  deleteService: { label: "Delete service", done: "Deleted" },
  manageResources: { label: "Resource", done: "Changed" },
};

/** An action's label; an action this version doesn't know (an older log) as it was written. */
export function actionLabel(action: string): string {
  return Object.hasOwn(ACTION_LABELS, action) ? ACTION_LABELS[action as Action].label : action;
}

/** The operations an entry's request names (`CreateConnection`, `TagResource`…), in order. */
export function requestOperations(request: unknown): string[] {
  return request && typeof request === "object" && !Array.isArray(request)
    ? Object.keys(request)
    : [];
}
