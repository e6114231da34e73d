import { CircleMinus } from "lucide-react";

import { StatusBadge } from "@/components/ui/status-badge";
import {
  done,
  failed,
  removal,
  waiting,
  working,
  type StatusDisplays,
} from "@/components/ui/status-display";

/**
 * The statuses of App Runner's other resources (connections, configurations, VPC connectors and
 * ingress connections) in words with an icon. Service statuses keep their own.
 */
const RESOURCE_STATUS_DISPLAY: StatusDisplays = {
  PENDING_HANDSHAKE: waiting("Pending handshake"),
  AVAILABLE: done("Available"),
  ERROR: failed("Error"),
  DELETED: removal("Deleted"),
  ACTIVE: done("Active"),
  INACTIVE: { label: "Inactive (deleted)", icon: CircleMinus, tone: "quiet" },
  PENDING_CREATION: working("Being created"),
  PENDING_UPDATE: working("Being updated"),
  PENDING_DELETION: working("Being deleted"),
  FAILED_CREATION: failed("Creation failed"),
  FAILED_UPDATE: failed("Update failed"),
  FAILED_DELETION: failed("Deletion failed"),
};

/** A resource's status in words with an icon, in the service badge's tones. */
export function ResourceStatusBadge({ status }: { status: string | undefined }) {
  return <StatusBadge status={status} displays={RESOURCE_STATUS_DISPLAY} />;
}
