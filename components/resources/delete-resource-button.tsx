"use client";

import { Trash2 } from "lucide-react";
import type { ReactNode } from "react";

import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

import type { ResourceActionResult } from "./resource-action-result";

/**
 * Delete, confirmed by typing the resource's name as the service page does. When App Runner
 * would refuse (in use, the default), the button is disabled and `refusal` says why; if it
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
  return (
    <div className="max-w-md">
      <ConfirmActionButton
        label={label}
        icon={Trash2}
        variant="danger"
        reason={refusal}
        title={title}
        confirmText={confirmText}
        action={() => action(confirmText)}
      >
        {children}
      </ConfirmActionButton>
    </div>
  );
}
