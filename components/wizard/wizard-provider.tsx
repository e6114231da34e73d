"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { FormProvider, useForm } from "react-hook-form";

import {
  clearDraft,
  DRAFT_KEY,
  editDraftKey,
  readDraft,
  writeDraft,
  type Draft,
  type EditDraftMeta,
} from "@/lib/apprunner/form/draft-storage";
import { rebaseValues } from "@/lib/apprunner/form/rebase-values";
import { stepAt, STEPS, type StepId } from "@/lib/apprunner/form/steps";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { flattenErrors, SERVER_ERROR } from "./field-errors";
import {
  loadValidator,
  WizardContext,
  type Validator,
  type WizardContextValue,
} from "./wizard-context";
import { CREATE_MODE, WizardModeContext, type EditTarget, type WizardMode } from "./wizard-mode";
import type { WizardPath } from "./wizard-path";
import type { WizardResolverContext } from "./wizard-check";

const SAVE_DELAY_MS = 300;

function newToken(): string {
  return crypto.randomUUID();
}

/** What an edit's form starts from: its own draft (carried over to a newer base), or the service. */
function startingEdit(
  target: EditTarget,
  draft: Draft | undefined,
): { values: WizardValues; meta: EditDraftMeta; rebased: boolean } {
  const meta: EditDraftMeta = { baseUpdatedAt: target.baseUpdatedAt };
  if (!draft?.edit) return { values: target.base, meta, rebased: false };
  const restoredFrom = draft.edit.restoredFrom;
  const withRestore = restoredFrom ? { ...meta, restoredFrom } : meta;
  if (draft.edit.baseUpdatedAt === target.baseUpdatedAt)
    return { values: draft.values, meta: withRestore, rebased: false };
  // Changed elsewhere since the draft was saved: keep the person's changes on the new base.
  const values = draft.base ? rebaseValues(draft.base, draft.values, target.base) : draft.values;
  return { values, meta: withRestore, rebased: true };
}

/**
 * One form for all steps (react-hook-form's FormProvider), kept in a layout so it survives
 * moving between step URLs, and mirrored to localStorage as the person types. Its errors are
 * the only error state: the step's check through the resolver, the server's through setError.
 * The same wizard edits an existing service (`mode.kind === "edit"`): it starts from the
 * service's values and keeps its draft per service, with the base it is a change of.
 */
export function WizardProvider({
  children,
  mode = CREATE_MODE,
}: {
  children: ReactNode;
  mode?: WizardMode;
}) {
  const pathname = usePathname();
  const step = stepAt(mode.basePath, pathname);
  const target = mode.kind === "edit" ? mode.target : undefined;
  const draftKey = target ? editDraftKey(target.serviceArn) : DRAFT_KEY;
  // No defaultValues here: the starting values (App Runner's defaults, through constants) load
  // with the check, and nothing renders before it (see below), so they stay out of the first load.
  const form = useForm<WizardValues, WizardResolverContext>({
    context: { step: step?.id ?? "review" },
    // The check (and zod with it) loads after the first paint; by the first "Next" it is there.
    resolver: async (values, context, options) =>
      (await loadValidator()).wizardResolver(values, context, options),
  });
  const [validator, setValidator] = useState<Validator>();
  const [attempt, setAttempt] = useState(0);
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const [restored, setRestored] = useState(false);
  const [ready, setReady] = useState(false);
  const [submissionToken, setSubmissionToken] = useState(newToken);
  /** An edit's base (the service as last read) and what the draft says about it. */
  const [edit, setEdit] = useState<
    { base: WizardValues; meta: EditDraftMeta; rebased: boolean } | undefined
  >();
  /** The step shown most recently in this tab; undefined until a step page is opened. */
  const [visited, setVisited] = useState<StepId | undefined>(step?.id);
  /** The step the restored draft was left on. */
  const [draftStep, setDraftStep] = useState<StepId | undefined>();
  const lastStep = visited ?? draftStep ?? STEPS[0].id;
  /** The step written with each save. */
  const savedStep = useRef<StepId>(STEPS[0].id);
  const unsaved = useRef(false);
  const submitting = useRef(false);
  /** Set while the form is replaced wholesale, so the replacement isn't counted as typing. */
  const replacing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const replace = useCallback(
    (values: WizardValues) => {
      replacing.current = true;
      form.reset(values);
      replacing.current = false;
    },
    [form],
  );

  const editRef = useRef(edit);
  useEffect(() => {
    editRef.current = edit;
  }, [edit]);

  const save = useCallback(
    (values: WizardValues) => {
      const current = editRef.current;
      const at = writeDraft(
        values,
        savedStep.current,
        localStorage,
        draftKey,
        current?.meta,
        current?.base,
      );
      if (at) setSavedAt(at);
      unsaved.current = false;
    },
    [draftKey],
  );

  // Load the check, then fill the form (the draft, read with it, or a blank form), then start
  // saving: saving first would overwrite the draft with a blank form.
  useEffect(() => {
    let cancelled = false;
    void loadValidator().then((loaded) => {
      if (cancelled) return;
      setValidator(() => loaded);
      const draft = readDraft(loaded.parseWizardValues, localStorage, draftKey);
      if (target) {
        const start = startingEdit(target, draft);
        const next = { base: target.base, meta: start.meta, rebased: start.rebased };
        editRef.current = next;
        setEdit(next);
        replace(start.values);
      } else replace(draft?.values ?? loaded.blankValues());
      if (draft) {
        savedStep.current = draft.step;
        setDraftStep(draft.step);
        setSavedAt(draft.savedAt);
        setRestored(true);
      }
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [replace, draftKey, target]);

  useEffect(() => {
    if (!ready) return;
    // `subscribe` rather than `watch`: it notifies without re-rendering, and the compiler can
    // memoize this component.
    return form.subscribe({
      formState: { values: true },
      callback: ({ values, name }) => {
        if (replacing.current) return;
        // A server problem is about the value sent; once the field changes it no longer applies.
        if (name && form.getFieldState(name as WizardPath).error?.type === SERVER_ERROR)
          form.clearErrors(name as WizardPath);
        unsaved.current = true;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => save(values as WizardValues), SAVE_DELAY_MS);
      },
    });
  }, [form, ready, save]);

  // Leaving the wizard while a create request is out means it succeeded (the action redirects).
  useEffect(
    () => () => {
      if (!submitting.current) return;
      clearTimeout(timer.current);
      clearDraft(localStorage, draftKey);
    },
    [draftKey],
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!unsaved.current) return;
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  // A new step starts clean: nothing is validated before the person has had a chance to type.
  // The server's problems stay, at their fields, until those fields are edited.
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setAttempt(0);
    if (step) setVisited(step.id);
  }
  useEffect(() => {
    const checked = flattenErrors(form.formState.errors).filter((e) => e.type !== SERVER_ERROR);
    if (checked.length) form.clearErrors(checked.map((e) => e.path as WizardPath));
  }, [form, pathname]);

  // Moving to another step is worth a save even without typing: "Continue draft" returns to
  // the step the person was last on. Without a draft yet, the first save will carry it.
  useEffect(() => {
    if (!ready || savedStep.current === lastStep) return;
    savedStep.current = lastStep;
    if (savedAt) save(form.getValues());
  }, [form, lastStep, ready, save, savedAt]);

  const section = step?.section;
  const check = useCallback(
    () => (section ? form.trigger(section) : form.trigger()),
    [form, section],
  );

  // After a failed "Next", re-check as the person types so fixed problems disappear.
  useEffect(() => {
    if (attempt === 0) return;
    return form.subscribe({
      formState: { values: true },
      callback: ({ name }) => {
        if (name && !replacing.current) void check();
      },
    });
  }, [attempt, check, form]);

  const checkStep = useCallback(async () => {
    if (!step) return true;
    const ok = await check();
    if (!ok) setAttempt((n) => n + 1);
    return ok;
  }, [check, step]);

  const setSubmitting = useCallback((value: boolean) => {
    submitting.current = value;
  }, []);

  const startWith = useCallback(
    (values: WizardValues) => {
      clearTimeout(timer.current);
      replace(values);
      save(values);
      setSubmissionToken(newToken());
    },
    [replace, save],
  );

  const discardDraft = useCallback(() => {
    // Only offered once the wizard shows, which is after the check has loaded.
    if (!validator) return;
    clearTimeout(timer.current);
    const current = editRef.current;
    if (current) {
      // An edit starts over from the service as it is, not from a blank form.
      const next = {
        base: current.base,
        meta: { baseUpdatedAt: current.meta.baseUpdatedAt },
        rebased: false,
      };
      editRef.current = next;
      setEdit(next);
      replace(current.base);
    } else replace(validator.blankValues());
    clearDraft(localStorage, draftKey);
    unsaved.current = false;
    setSavedAt(undefined);
    setRestored(false);
    setSubmissionToken(newToken());
  }, [replace, validator, draftKey]);

  const rebaseEdit = useCallback(
    (base: WizardValues, baseUpdatedAt: string) => {
      const current = editRef.current;
      if (!current) return;
      const values = rebaseValues(current.base, form.getValues(), base);
      const next = { base, meta: { ...current.meta, baseUpdatedAt }, rebased: true };
      editRef.current = next;
      setEdit(next);
      replace(values);
      save(values);
      // A new request: the stale one was refused before anything was sent.
      setSubmissionToken(newToken());
    },
    [form, replace, save],
  );

  const value = useMemo<WizardContextValue>(
    () => ({
      validator,
      attempt,
      checkStep,
      savedAt,
      restored,
      lastStep,
      startWith,
      discardDraft,
      setSubmitting,
      submissionToken,
      edit,
      rebaseEdit,
    }),
    [
      validator,
      attempt,
      checkStep,
      savedAt,
      restored,
      lastStep,
      startWith,
      discardDraft,
      setSubmitting,
      submissionToken,
      edit,
      rebaseEdit,
    ],
  );

  return (
    <WizardModeContext.Provider value={mode}>
      <FormProvider {...form}>
        <WizardContext.Provider value={value}>{ready ? children : null}</WizardContext.Provider>
      </FormProvider>
    </WizardModeContext.Provider>
  );
}
