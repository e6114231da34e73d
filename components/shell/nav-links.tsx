"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/lib/cn";

const NAV = [
  {
    href: "/services",
    label: "Services",
    isActive: (p: string) =>
      p === "/services" || (p.startsWith("/services/") && !p.startsWith("/services/new")),
  },
  {
    href: "/services/new",
    label: "Create service",
    isActive: (p: string) => p.startsWith("/services/new"),
  },
  // The account's resources that services use, as App Runner's console lists them.
  ...(
    [
      ["/connections", "Connections"],
      ["/auto-scaling", "Auto scaling"],
      ["/vpc", "VPC"],
      ["/observability", "Observability"],
    ] as const
  ).map(([href, label]) => ({
    href,
    label,
    isActive: (p: string) => p === href || p.startsWith(`${href}/`),
  })),
  // Who changed what through Runnerdeck.
  { href: "/audit", label: "Audit log", isActive: (p: string) => p === "/audit" },
] as const;

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {NAV.map((item) => {
          const active = item.isActive(pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "rounded px-1 py-0.5 hover:underline",
                  active
                    ? "font-semibold underline underline-offset-4"
                    : "text-zinc-700 dark:text-zinc-300",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
