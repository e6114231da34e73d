import type {
  CertificateValidationRecordStatus,
  CustomDomainAssociationStatus,
} from "@aws-sdk/client-apprunner";
import { TriangleAlert } from "lucide-react";

import { StatusBadge } from "@/components/ui/status-badge";
import * as display from "@/components/ui/status-display";

/** Every status of a custom domain and of its certificate records, in words with an icon. */
const DISPLAY: display.StatusDisplays<
  CustomDomainAssociationStatus | CertificateValidationRecordStatus
> = {
  CREATING: display.working("Creating"),
  PENDING_CERTIFICATE_DNS_VALIDATION: display.waiting("Waiting for DNS validation"),
  BINDING_CERTIFICATE: display.working("Binding certificate"),
  ACTIVE: display.done("Active"),
  CREATE_FAILED: display.failed("Create failed"),
  DELETING: display.removal("Removing"),
  DELETE_FAILED: { label: "Remove failed", icon: TriangleAlert, tone: "bad" },
  PENDING_VALIDATION: display.waiting("Pending validation"),
  SUCCESS: display.done("Validated"),
  FAILED: display.failed("Validation failed"),
};

/**
 * A custom domain's or certificate record's status — never colour alone. Its longer words may
 * wrap, in a narrow DNS record card.
 */
export function DomainStatusBadge({ status }: { status: string | undefined }) {
  return <StatusBadge status={status} displays={DISPLAY} className="whitespace-normal" />;
}
