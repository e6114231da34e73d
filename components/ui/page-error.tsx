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
