"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import { useRoleRefusal } from "@/components/shell/viewer-context";
import { Button, buttonClasses } from "@/components/ui/button";
import type { DuplicateResult } from "@/lib/apprunner/api/load-duplicate";
import { PRESETS, type Preset } from "@/lib/apprunner/form/presets";
import { stepById } from "@/lib/apprunner/form/steps";

import { ImportJsonPanel } from "./import-json-panel";
import { useReplaceDraft } from "./use-replace-draft";
import { useWizard } from "./wizard-context";

const FIRST_STEP = "/services/new/source";

/** The wizard's start: continue a draft, start blank, from a preset, from JSON, or a duplicate. */
export function StartOptions({ duplicate }: { duplicate: DuplicateResult | undefined }) {
  const router = useRouter();
  const { restored, savedAt, lastStep, discardDraft } = useWizard();
  const { replace, dialog } = useReplaceDraft();
  const duplicated = useRef(false);
  const roleRefusal = useRoleRefusal("createService");

  // The defaults load on a click, not with the page: only a start needs them.
  async function begin(fill: Preset["values"] | undefined, what: string) {
    const { blankValues } = await import("@/lib/apprunner/form/defaults");
    const blank = blankValues();
    replace({
      values: fill ? fill(blank) : blank,
      what,
      onReplaced: () => router.push(FIRST_STEP),
    });
  }

  useEffect(() => {
    if (duplicate?.ok && !duplicated.current) {
      duplicated.current = true;
      replace({
        values: duplicate.values,
        what: `a copy of ${duplicate.sourceName}`,
        onReplaced: () => router.replace(FIRST_STEP),
        // Kept: the start page without the copy's address, so a reload doesn't ask again.
        onKept: () => router.replace("/services/new"),
      });
    }
  }, [duplicate, router, replace]);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Create service</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Seven short steps build a CreateService request you can check before sending. Your answers
          are kept as a draft in this browser (localStorage) until the service is created or you
          discard them.
        </p>
      </div>

      {roleRefusal && (
        <p className="rounded-md border border-zinc-300 p-3 text-sm dark:border-zinc-700">
          {roleRefusal} You can still fill in the steps and copy or download the request for someone
          who can.
        </p>
      )}

      {duplicate?.ok && <p role="status">Copying {duplicate.sourceName}…</p>}
      {duplicate && !duplicate.ok && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          The service to duplicate could not be read: {duplicate.message}
        </p>
      )}

      {restored && savedAt && (
        <section
          aria-labelledby="draft-title"
          className="space-y-3 rounded-md border border-sky-700/40 p-4"
        >
          <h2 id="draft-title" className="text-lg font-semibold">
            Your draft
          </h2>
          <p className="text-sm">Saved in this browser at {new Date(savedAt).toLocaleString()}.</p>
          <div className="flex flex-wrap gap-2">
            <Link href={stepById(lastStep).path} className={buttonClasses("primary")}>
              Continue draft
            </Link>
            <Button variant="secondary" onClick={discardDraft}>
              Discard draft
            </Button>
          </div>
        </section>
      )}

      <section aria-labelledby="start-title" className="space-y-3">
        <h2 id="start-title" className="text-lg font-semibold">
          Start from
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          <li className="rounded-md border border-zinc-200 p-4 dark:border-zinc-800">
            <h3 className="font-medium">Blank</h3>
            <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">
              App Runner&apos;s defaults; you fill in the rest.
            </p>
            <Button variant="secondary" onClick={() => void begin(undefined, "a blank form")}>
              Start blank
            </Button>
          </li>
          {PRESETS.map((preset) => (
            <li
              key={preset.id}
              className="rounded-md border border-zinc-200 p-4 dark:border-zinc-800"
            >
              <h3 className="font-medium">{preset.title}</h3>
              <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">{preset.description}</p>
              <Button
                variant="secondary"
                aria-label={`Use preset: ${preset.title}`}
                onClick={() => void begin(preset.values, `the preset ${preset.title}`)}
              >
                Use this preset
              </Button>
            </li>
          ))}
        </ul>
      </section>

      <ImportJsonPanel replace={replace} />
      {dialog}
    </div>
  );
}
