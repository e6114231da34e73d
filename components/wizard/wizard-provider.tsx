"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { FormProvider, useForm } from "react-hook-form";

import { clearDraft, readDraft, writeDraft } from "@/lib/apprunner/form/draft-storage";
import { STEPS, type StepId } from "@/lib/apprunner/form/steps";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { flattenErrors, SERVER_ERROR } from "./field-errors";
import {
  loadValidator,
  WizardContext,
  type Validator,
  type WizardContextValue,
} from "./wizard-context";
import type { WizardPath } from "./wizard-path";
import type { WizardResolverContext } from "./wizard-check";

const SAVE_DELAY_MS = 300;

function newToken(): string {
  return crypto.randomUUID();
}

/**
 * One form for all steps (react-hook-form's FormProvider), kept in a layout so it survives
 * moving between step URLs, and mirrored to localStorage as the person types. Its errors are
 * the only error state: the step's check through the resolver, the server's through setError.
 */
export function WizardProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const step = STEPS.find((s) => s.path === pathname);
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

  const save = useCallback((values: WizardValues) => {
    const at = writeDraft(values, savedStep.current);
    if (at) setSavedAt(at);
    unsaved.current = false;
  }, []);

  // Load the check, then fill the form (the draft, read with it, or a blank form), then start
  // saving: saving first would overwrite the draft with a blank form.
  useEffect(() => {
    let cancelled = false;
    void loadValidator().then((loaded) => {
      if (cancelled) return;
      setValidator(() => loaded);
      const draft = readDraft(loaded.parseWizardValues);
      replace(draft?.values ?? loaded.blankValues());
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
  }, [replace]);

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
      clearDraft();
    },
    [],
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
    replace(validator.blankValues());
    clearDraft();
    unsaved.current = false;
    setSavedAt(undefined);
    setRestored(false);
    setSubmissionToken(newToken());
  }, [replace, validator]);

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
    ],
  );

  return (
    <FormProvider {...form}>
      <WizardContext.Provider value={value}>{ready ? children : null}</WizardContext.Provider>
    </FormProvider>
  );
}
