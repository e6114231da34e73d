import Link from "next/link";

import { getConnectionStatus } from "@/lib/apprunner/connection-status";

import { ConnectionBadge } from "./connection-badge";
import { NavLinks } from "./nav-links";

export async function SiteHeader() {
  const status = await getConnectionStatus();
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/services" className="text-lg font-semibold tracking-tight">
          Runnerdeck
        </Link>
        <NavLinks />
        <div className="ml-auto">
          <ConnectionBadge status={status} />
        </div>
      </div>
    </header>
  );
}
