"use client";

import Link from "next/link";

import { Button } from "@/components/ui/button";

type PageErrorProps = {
  title: string;
  message: string;
  reset: () => void;
  /** Where to go instead of trying again. */
  back: { href: string; label: string };
};

/** An unexpected failure of a page: what happened, Try again, and a way out. The details stay on the server. */
export function PageError({ title, message, reset, back }: PageErrorProps) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p role="alert">{message}</p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href={back.href} className="self-center underline">
          {back.label}
        </Link>
      </div>
    </div>
  );
}

const ALL_SERVICES = { href: "/services", label: "All services" };

/** A route's error.tsx default export: one PageError with its words; the way out defaults to the services list. */
export function pageErrorBoundary(
  title: string,
  message: string,
  back: PageErrorProps["back"] = ALL_SERVICES,
) {
  return function ErrorBoundary({ reset }: { error: Error; reset: () => void }) {
    return <PageError title={title} message={message} reset={reset} back={back} />;
  };
}
