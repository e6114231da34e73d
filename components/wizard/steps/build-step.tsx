"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { DEFAULT_PORT, RUNTIME_LABELS, RUNTIMES } from "@/lib/apprunner/constants";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { EnvEditor } from "../env-editor";
import { RadioField } from "../radio-field";
import { SelectField } from "../select-field";
import { TextField } from "../text-field";

const RUNTIME_OPTIONS = RUNTIMES.map((r) => ({ value: r, label: RUNTIME_LABELS[r] }));

export function BuildStep() {
  const { control } = useFormContext<WizardValues>();

  const type = useWatch({ control, name: "source.type" });
  const configurationSource = useWatch({ control, name: "build.configurationSource" });
  const code = type === "code";
  const fromRepository = code && configurationSource === "REPOSITORY";

  return (
    <div className="space-y-6">
      {code && (
        <RadioField
          path="build.configurationSource"
          legend="Configuration"
          options={[
            { value: "API", label: "Set it here", hint: "Runtime, commands and port below." },
            {
              value: "REPOSITORY",
              label: "Use apprunner.yaml",
              hint: "Read from the repository's source directory at each deployment.",
            },
          ]}
        />
      )}
      {fromRepository ? (
        <p className="rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-900">
          App Runner reads the runtime, the build and start commands, the port and the environment
          from <code>apprunner.yaml</code> in your repository, so there is nothing more to set on
          this step.
        </p>
      ) : (
        <>
          {code && (
            <>
              <SelectField
                path="build.runtime"
                label="Runtime"
                placeholder="Choose a runtime…"
                options={RUNTIME_OPTIONS}
              />
              <TextField
                path="build.buildCommand"
                label="Build command (optional)"
                hint="e.g. pip install -r requirements.txt"
                autoComplete="off"
                spellCheck={false}
              />
            </>
          )}
          <TextField
            path="build.startCommand"
            label={code ? "Start command" : "Start command (optional)"}
            hint={code ? "e.g. python server.py" : "Overrides the image's own start command."}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            path="build.port"
            label="Port"
            hint={`The port your application listens on (App Runner's default is ${DEFAULT_PORT}).`}
            inputMode="numeric"
            autoComplete="off"
            className="max-w-40"
          />
          <EnvEditor />
        </>
      )}
    </div>
  );
}
