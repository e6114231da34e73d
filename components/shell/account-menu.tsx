import { LogOut, UserRound } from "lucide-react";

import { buttonClasses } from "@/components/ui/button";
import { topRole, type Role, type Viewer } from "@/lib/auth/permissions";

const ROLE_LABEL: Record<Role, string> = { viewer: "Viewer", operator: "Operator", admin: "Admin" };

/**
 * The signed-in person in the header: who, their role, and Sign out (a plain form POST, so it
 * works before any script has loaded). Shown only when sign-in is on.
 */
export function AccountMenu({ viewer, canSignOut }: { viewer: Viewer; canSignOut: boolean }) {
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <p className="flex min-w-0 items-center gap-1.5" data-testid="signed-in-as">
        <UserRound aria-hidden="true" className="size-4 shrink-0" />
        <span className="sr-only">Signed in as </span>
        <span className="max-w-[14rem] truncate" title={viewer.name}>
          {viewer.name}
        </span>
        <span className="sr-only">, role </span>
        <span className="rounded-full border border-zinc-300 px-2 py-0.5 text-xs font-medium dark:border-zinc-700">
          {ROLE_LABEL[topRole(viewer.roles)]}
        </span>
      </p>
      {canSignOut && (
        <form method="post" action="/auth/sign-out">
          <button type="submit" className={buttonClasses("ghost", "min-h-8 px-2")}>
            <LogOut aria-hidden="true" className="size-4" />
            Sign out
          </button>
        </form>
      )}
    </div>
  );
}
