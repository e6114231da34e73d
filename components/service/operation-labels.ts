const TYPES: Record<string, string> = {
  CREATE_SERVICE: "Create service",
  START_DEPLOYMENT: "Deployment",
  UPDATE_SERVICE: "Configuration update",
  PAUSE_SERVICE: "Pause",
  RESUME_SERVICE: "Resume",
  DELETE_SERVICE: "Delete",
};

export function operationTypeLabel(type: string | undefined): string {
  return (type && TYPES[type]) ?? type ?? "Operation";
}
