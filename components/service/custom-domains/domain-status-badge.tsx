import type {
  CertificateValidationRecordStatus,
  CustomDomainAssociationStatus,
} from "@aws-sdk/client-apprunner";
import { TriangleAlert } from "lucide-react";

import { StatusBadge } from "@/components/ui/status-badge";
import {
  done,
  failed,
  removal,
  waiting,
  working,
  type StatusDisplays,
} from "@/components/ui/status-display";

/** Every status of a custom domain and of its certificate records, in words with an icon. */
const DISPLAY: StatusDisplays<CustomDomainAssociationStatus | CertificateValidationRecordStatus> = {
  CREATING: working("Creating"),
  PENDING_CERTIFICATE_DNS_VALIDATION: waiting("Waiting for DNS validation"),
  BINDING_CERTIFICATE: working("Binding certificate"),
  ACTIVE: done("Active"),
  CREATE_FAILED: failed("Create failed"),
  DELETING: removal("Removing"),
  DELETE_FAILED: { label: "Remove failed", icon: TriangleAlert, tone: "bad" },
  PENDING_VALIDATION: waiting("Pending validation"),
  SUCCESS: done("Validated"),
  FAILED: failed("Validation failed"),
};

/**
 * A custom domain's or certificate record's status — never colour alone. Its longer words may
 * wrap, in a narrow DNS record card.
 */
export function DomainStatusBadge({ status }: { status: string | undefined }) {
  return <StatusBadge status={status} displays={DISPLAY} className="whitespace-normal" />;
}
