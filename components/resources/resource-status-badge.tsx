import { CircleCheck, CircleMinus, CircleX, Clock, LoaderCircle, Trash2 } from "lucide-react";

import { StatusBadge, type StatusDisplay } from "@/components/ui/status-badge";

/**
 * The statuses of App Runner's other resources (connections, configurations, VPC connectors and
 * ingress connections) in words with an icon. Service statuses keep their own.
 */
const RESOURCE_STATUS_DISPLAY: Record<string, StatusDisplay> = {
  PENDING_HANDSHAKE: { label: "Pending handshake", icon: Clock, tone: "busy" },
  AVAILABLE: { label: "Available", icon: CircleCheck, tone: "good" },
  ERROR: { label: "Error", icon: CircleX, tone: "bad" },
  DELETED: { label: "Deleted", icon: Trash2, tone: "quiet" },
  ACTIVE: { label: "Active", icon: CircleCheck, tone: "good" },
  INACTIVE: { label: "Inactive (deleted)", icon: CircleMinus, tone: "quiet" },
  PENDING_CREATION: { label: "Being created", icon: LoaderCircle, tone: "busy", spin: true },
  PENDING_UPDATE: { label: "Being updated", icon: LoaderCircle, tone: "busy", spin: true },
  PENDING_DELETION: { label: "Being deleted", icon: LoaderCircle, tone: "busy", spin: true },
  FAILED_CREATION: { label: "Creation failed", icon: CircleX, tone: "bad" },
  FAILED_UPDATE: { label: "Update failed", icon: CircleX, tone: "bad" },
  FAILED_DELETION: { label: "Deletion failed", icon: CircleX, tone: "bad" },
};

/** A resource's status in words with an icon, in the service badge's tones. */
export function ResourceStatusBadge({ status }: { status: string | undefined }) {
  return <StatusBadge status={status} displays={RESOURCE_STATUS_DISPLAY} />;
}
