import Link from "next/link";

import { currentViewer } from "@/lib/auth";
import { getConnectionStatus } from "@/lib/apprunner/connection-status";
import { getSettings } from "@/lib/env";

import { AccountMenu } from "./account-menu";
import { ConnectionBadge } from "./connection-badge";
import { NavLinks } from "./nav-links";

export async function SiteHeader() {
  const { auth } = getSettings();
  const viewer = auth.mode === "none" ? undefined : await currentViewer();
  // With sign-in on, someone not signed in (on the sign-in page) sees only the name.
  const outside = auth.mode !== "none" && !viewer;
  const status = outside ? undefined : await getConnectionStatus();
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link
          href={outside ? "/sign-in" : "/services"}
          className="text-lg font-semibold tracking-tight"
        >
          Runnerdeck
        </Link>
        {!outside && <NavLinks />}
        <div className="ml-auto flex min-w-0 flex-wrap items-center gap-x-4 gap-y-2">
          {status && <ConnectionBadge status={status} />}
          {viewer && <AccountMenu viewer={viewer} canSignOut={auth.mode === "oidc"} />}
        </div>
      </div>
    </header>
  );
}
