import type { Metadata } from "next";
import type { ReactNode } from "react";

import { Providers } from "@/components/providers";
import { RequestScope } from "@/components/shell/request-scope";
import { SiteHeader } from "@/components/shell/site-header";
import { ViewerProvider } from "@/components/shell/viewer-context";
import { currentViewer } from "@/lib/auth";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Runnerdeck", template: "%s · Runnerdeck" },
  description: "A web console for AWS App Runner.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read once for the whole page: every button disables what this person's role can't do.
  const viewer = await currentViewer();
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
          <ViewerProvider viewer={viewer}>
            <SiteHeader />
            <Providers>
              <main id="main" className="mx-auto max-w-6xl px-4 py-6">
                {children}
              </main>
            </Providers>
          </ViewerProvider>
        </RequestScope>
      </body>
    </html>
  );
}
