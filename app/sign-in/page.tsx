import { LogIn } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { buttonClasses } from "@/components/ui/button";
import { currentViewer } from "@/lib/auth";
import { safeReturnTo } from "@/lib/auth/return-to";
import { cn } from "@/lib/cn";
import { getSettings } from "@/lib/env";

import { signInNotice } from "./sign-in-notice";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const returnTo = safeReturnTo(one(params.returnTo));
  const { auth } = getSettings();
  const error = one(params.error);
  // Someone already signed in has nothing to do here (unless the page has news for them).
  if (auth.mode === "none" || (!error && (await currentViewer()))) redirect(returnTo);

  if (auth.mode === "proxy")
    return (
      <section aria-labelledby="sign-in-title" className="mx-auto max-w-md space-y-4 py-8">
        <h1 id="sign-in-title" className="text-2xl font-semibold">
          Sign in to Runnerdeck
        </h1>
        <p>
          This Runnerdeck signs people in through your organisation&apos;s sign-in proxy. Open it
          through the proxy&apos;s address; if you did, tell whoever runs Runnerdeck that your
          sign-in didn&apos;t reach it.
        </p>
      </section>
    );

  const provider = auth.providerName;
  const notice = signInNotice(
    { error, reason: one(params.reason), signedOut: one(params.signedOut) },
    provider,
  );
  return (
    <section aria-labelledby="sign-in-title" className="mx-auto max-w-md space-y-5 py-8">
      <h1 id="sign-in-title" className="text-2xl font-semibold">
        Sign in to Runnerdeck
      </h1>
      {notice && (
        <p
          role={notice.tone === "error" ? "alert" : "status"}
          className={cn(
            "rounded-md border px-3 py-2 text-sm",
            notice.tone === "error"
              ? "border-red-700/40 bg-red-50 text-red-900 dark:border-red-400/40 dark:bg-red-950 dark:text-red-100"
              : "border-sky-700/30 bg-sky-50 text-sky-950 dark:border-sky-400/30 dark:bg-sky-950 dark:text-sky-100",
          )}
        >
          {notice.text}
        </p>
      )}
      <p>
        Runnerdeck is shared by your team and acts on your App Runner services. Sign in with{" "}
        {provider} so that what you can do follows your role, and every change you make says who
        made it.
      </p>
      {/* A plain link, not next/link: the route answers with a redirect to the provider. */}
      <a
        href={`/auth/sign-in?${new URLSearchParams({ returnTo })}`}
        className={buttonClasses("primary")}
      >
        <LogIn aria-hidden="true" className="size-4" />
        Sign in with {provider}
      </a>
    </section>
  );
}
