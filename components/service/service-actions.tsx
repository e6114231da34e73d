"use client";

import { Pause, Pencil, Play, Rocket, Trash2 } from "lucide-react";
import Link from "next/link";
import { useId, useState, useTransition, type ComponentType } from "react";

import { useViewer } from "@/components/shell/viewer-context";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { editBasePath, stepPath } from "@/lib/apprunner/form/steps";
// The file itself, not the rules index: the index reaches the generated zod schemas.
import { serviceStateRefusal } from "@/lib/apprunner/rules/service-state-rules";
import type { WireService } from "@/lib/apprunner/watch/wire";
import { refusalFor, type Action } from "@/lib/auth/permissions";

import { settleProgressNote, type ProgressNote } from "./progress-note";
import { combinedReasons, sharedReason } from "./shared-reason";

import type { ActionResult } from "@/app/services/[name]/[id]/action-result";
import {
  deleteService,
  deployService,
  pauseService,
  resumeService,
} from "@/app/services/[name]/[id]/actions";

const BUTTONS: {
  action: "StartDeployment" | "PauseService" | "ResumeService";
  /** Who may press it (lib/auth/permissions.ts). */
  permission: Action;
  label: string;
  icon: ComponentType<{ className?: string; "aria-hidden"?: boolean }>;
  run: (arn: string) => Promise<ActionResult>;
}[] = [
  {
    action: "StartDeployment",
    permission: "deployService",
    label: "Deploy",
    icon: Rocket,
    run: deployService,
  },
  {
    action: "PauseService",
    permission: "pauseService",
    label: "Pause",
    icon: Pause,
    run: pauseService,
  },
  {
    action: "ResumeService",
    permission: "resumeService",
    label: "Resume",
    icon: Play,
    run: resumeService,
  },
];

/**
 * Deploy, Pause, Resume and Delete. A button the person's role or the status forbids is
 * disabled with the reason (the role's first) next to it (said once for the group when every button gives the same one); the outcome (or
 * AWS's refusal, in plain words) is announced.
 */
export function ServiceActions({ service }: { service: WireService }) {
  const arn = service.ServiceArn!;
  const viewer = useViewer();
  const [pending, startTransition] = useTransition();
  const [refusal, setRefusal] = useState<string | undefined>();
  const [note, setNote] = useState<ProgressNote | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | undefined>();
  const groupReasonId = useId();

  // The note belongs to the action in flight: it goes once the status shows how that ended.
  const settled = note && settleProgressNote(note, service.Status);
  if (settled !== note) setNote(settled);

  const act = (
    action: ProgressNote["action"],
    run: () => Promise<ActionResult>,
    after?: (r: ActionResult) => void,
  ) =>
    startTransition(async () => {
      const r = await run();
      setRefusal(r.ok ? undefined : r.message);
      setNote(r.ok ? { action, message: r.message } : undefined);
      after?.(r);
    });

  const stateReasons = [
    ...BUTTONS.map(({ action }) => serviceStateRefusal(action, service.Status)),
    serviceStateRefusal("DeleteService", service.Status),
    serviceStateRefusal("UpdateService", service.Status),
  ];
  const roleReasons = [
    ...BUTTONS.map(({ permission }) => refusalFor(viewer, permission)),
    refusalFor(viewer, "deleteService"),
    refusalFor(viewer, "updateService"),
  ];
  const reasons = combinedReasons(stateReasons, roleReasons);
  const shared = sharedReason(reasons);
  const deleteReason = reasons[BUTTONS.length];
  const editReason = reasons[BUTTONS.length + 1];
  // A failed create is fixed by an update: App Runner retries the deployment with it.
  const editLabel = service.Status === "CREATE_FAILED" ? "Fix and retry" : "Edit configuration";
  const editHref = stepPath(
    editBasePath(service.ServiceName ?? "", service.ServiceId ?? ""),
    "source",
  );
  const describedBy = (reason: string | undefined, ownId: string) =>
    shared ? groupReasonId : reason ? ownId : undefined;
  return (
    <section aria-labelledby="actions-heading" className="space-y-2">
      <h2 id="actions-heading" className="sr-only">
        Actions
      </h2>
      {shared && (
        <p id={groupReasonId} className="text-sm text-zinc-700 dark:text-zinc-300">
          {shared}
        </p>
      )}
      <ul className="flex flex-wrap gap-x-4 gap-y-3">
        <li className="flex max-w-64 flex-col gap-1">
          {editReason || pending ? (
            <Button
              variant={service.Status === "CREATE_FAILED" ? "primary" : "secondary"}
              disabled
              aria-describedby={describedBy(editReason, "edit-reason")}
            >
              <Pencil aria-hidden className="size-4" />
              {editLabel}
            </Button>
          ) : (
            <Link
              href={editHref}
              className={buttonClasses(
                service.Status === "CREATE_FAILED" ? "primary" : "secondary",
              )}
            >
              <Pencil aria-hidden className="size-4" />
              {editLabel}
            </Link>
          )}
          {editReason && !shared && (
            <span id="edit-reason" className="text-xs text-zinc-700 dark:text-zinc-300">
              {editReason}
            </span>
          )}
        </li>
        {BUTTONS.map(({ action, label, icon: Icon, run }, i) => {
          const reason = reasons[i];
          const reasonId = `${label.toLowerCase()}-reason`;
          return (
            <li key={action} className="flex max-w-64 flex-col gap-1">
              <Button
                variant={action === "StartDeployment" ? "primary" : "secondary"}
                disabled={Boolean(reason) || pending}
                aria-describedby={describedBy(reason, reasonId)}
                onClick={() => act(action, () => run(arn))}
              >
                <Icon aria-hidden className="size-4" />
                {label}
              </Button>
              {reason && !shared && (
                <span id={reasonId} className="text-xs text-zinc-700 dark:text-zinc-300">
                  {reason}
                </span>
              )}
            </li>
          );
        })}
        <li className="flex max-w-64 flex-col gap-1">
          <Button
            variant="danger"
            disabled={Boolean(deleteReason) || pending}
            aria-describedby={describedBy(deleteReason, "delete-reason")}
            onClick={() => {
              setDeleteError(undefined);
              setConfirming(true);
            }}
          >
            <Trash2 aria-hidden className="size-4" />
            Delete
          </Button>
          {deleteReason && !shared && (
            <span id="delete-reason" className="text-xs text-zinc-700 dark:text-zinc-300">
              {deleteReason}
            </span>
          )}
        </li>
      </ul>
      <p
        role="status"
        className={refusal ? "text-sm font-medium text-red-700 dark:text-red-400" : "text-sm"}
        data-testid="action-result"
      >
        {pending ? "Working…" : (refusal ?? note?.message)}
      </p>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${service.ServiceName}?`}
        confirmLabel="Delete service"
        confirmText={service.ServiceName}
        pending={pending}
        error={deleteError}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          act(
            "DeleteService",
            () => deleteService(arn, service.ServiceName ?? ""),
            (r) => (r.ok ? setConfirming(false) : setDeleteError(r.message)),
          )
        }
      >
        <p>
          App Runner stops the service, removes its URL and deletes its configuration. This
          can&apos;t be undone. The service&apos;s history stays visible here for a while.
        </p>
      </ConfirmDialog>
    </section>
  );
}
