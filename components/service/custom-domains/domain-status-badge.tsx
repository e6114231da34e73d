import type {
  CertificateValidationRecordStatus,
  CustomDomainAssociationStatus,
} from "@aws-sdk/client-apprunner";
import { CircleCheck, CircleX, Clock, LoaderCircle, Trash2, TriangleAlert } from "lucide-react";

import { StatusBadge, type StatusDisplay } from "@/components/ui/status-badge";

/** Every status of a custom domain and of its certificate records, in words with an icon. */
const DISPLAY: Record<
  CustomDomainAssociationStatus | CertificateValidationRecordStatus,
  StatusDisplay
> = {
  CREATING: { label: "Creating", icon: LoaderCircle, tone: "busy", spin: true },
  PENDING_CERTIFICATE_DNS_VALIDATION: {
    label: "Waiting for DNS validation",
    icon: Clock,
    tone: "busy",
  },
  BINDING_CERTIFICATE: {
    label: "Binding certificate",
    icon: LoaderCircle,
    tone: "busy",
    spin: true,
  },
  ACTIVE: { label: "Active", icon: CircleCheck, tone: "good" },
  CREATE_FAILED: { label: "Create failed", icon: CircleX, tone: "bad" },
  DELETING: { label: "Removing", icon: Trash2, tone: "quiet" },
  DELETE_FAILED: { label: "Remove failed", icon: TriangleAlert, tone: "bad" },
  PENDING_VALIDATION: { label: "Pending validation", icon: Clock, tone: "busy" },
  SUCCESS: { label: "Validated", icon: CircleCheck, tone: "good" },
  FAILED: { label: "Validation failed", icon: CircleX, tone: "bad" },
};

/**
 * A custom domain's or certificate record's status — never colour alone. Its longer words may
 * wrap, in a narrow DNS record card.
 */
export function DomainStatusBadge({ status }: { status: string | undefined }) {
  return <StatusBadge status={status} displays={DISPLAY} className="whitespace-normal" />;
}
