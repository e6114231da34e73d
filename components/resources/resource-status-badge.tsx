import { CircleMinus } from "lucide-react";

import { StatusBadge } from "@/components/ui/status-badge";
import * as display from "@/components/ui/status-display";

/**
 * The statuses of App Runner's other resources (connections, configurations, VPC connectors and
 * ingress connections) in words with an icon. Service statuses keep their own.
 */
const RESOURCE_STATUS_DISPLAY: display.StatusDisplays = {
  PENDING_HANDSHAKE: display.waiting("Pending handshake"),
  AVAILABLE: display.done("Available"),
  ERROR: display.failed("Error"),
  DELETED: display.removal("Deleted"),
  ACTIVE: display.done("Active"),
  INACTIVE: { label: "Inactive (deleted)", icon: CircleMinus, tone: "quiet" },
  PENDING_CREATION: display.working("Being created"),
  PENDING_UPDATE: display.working("Being updated"),
  PENDING_DELETION: display.working("Being deleted"),
  FAILED_CREATION: display.failed("Creation failed"),
  FAILED_UPDATE: display.failed("Update failed"),
  FAILED_DELETION: display.failed("Deletion failed"),
};

/** A resource's status in words with an icon, in the service badge's tones. */
export function ResourceStatusBadge({ status }: { status: string | undefined }) {
  return <StatusBadge status={status} displays={RESOURCE_STATUS_DISPLAY} />;
}
