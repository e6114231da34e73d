"use client";

import { Trash2 } from "lucide-react";
import type { ReactNode } from "react";

import { useRoleRefusal } from "@/components/shell/viewer-context";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

import type { ResourceActionResult } from "./resource-action-result";

/**
 * Delete, confirmed by typing the resource's name as the service page does. When App Runner
 * would refuse (in use, the default), or the person's role may not, the button is disabled and
 * says why; if it
 * refuses anyway, its reason is shown in the dialog. A success redirects or re-renders the page
 * from the server action.
 */
export function DeleteResourceButton({
  label,
  title,
  confirmText,
  refusal,
  action,
  children,
}: {
  /** The button's words, e.g. "Delete revision 2". */
  label: string;
  title: string;
  confirmText: string;
  refusal: string | undefined;
  action: (confirmText: string) => Promise<ResourceActionResult>;
  /** What deleting does, in the dialog. */
  children: ReactNode;
}) {
  const roleRefusal = useRoleRefusal("manageResources");
  return (
    <div className="max-w-md">
      <ConfirmActionButton
        label={label}
        icon={Trash2}
        variant="danger"
        reason={roleRefusal ?? refusal}
        title={title}
        confirmText={confirmText}
        action={() => action(confirmText)}
      >
        {children}
      </ConfirmActionButton>
    </div>
  );
}
