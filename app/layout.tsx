import type { Metadata } from "next";
import type { ReactNode } from "react";

import { Providers } from "@/components/providers";
import { RequestScope } from "@/components/shell/request-scope";
import { SiteHeader } from "@/components/shell/site-header";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Runnerdeck", template: "%s · Runnerdeck" },
  description: "A web console for AWS App Runner.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 dark:focus:bg-zinc-900"
        >
          Skip to content
        </a>
        <RequestScope>
          <SiteHeader />
          <Providers>
            <main id="main" className="mx-auto max-w-6xl px-4 py-6">
              {children}
            </main>
          </Providers>
        </RequestScope>
      </body>
    </html>
  );
}
