import type { ComponentProps, ReactNode } from "react";

import { cn } from "@/lib/cn";

import { FieldError } from "./field";

export type RadioOption = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Why the option can't be chosen right now; shown beside it. */
  disabledReason?: string | undefined;
};

type RadioGroupProps = {
  id: string;
  legend: ReactNode;
  options: readonly RadioOption[];
  error?: string | undefined;
  className?: string;
  /** Props for every radio input (from react-hook-form's `register`). */
  inputProps: Omit<ComponentProps<"input">, "type" | "value" | "id">;
  /** For controlled use: the value whose radio is checked. */
  checkedValue?: string;
};

/** A fieldset of radios: the legend names the choice; a disabled option says why. */
export function RadioGroup({
  id,
  legend,
  options,
  error,
  className,
  inputProps,
  checkedValue,
}: RadioGroupProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={cn("space-y-2", className)} aria-describedby={errorId}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option, i) => {
          const optionId = i === 0 ? id : `${id}-${option.value}`;
          const hintId = option.hint || option.disabledReason ? `${optionId}-hint` : undefined;
          return (
            <div key={option.value} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                id={optionId}
                value={option.value}
                aria-describedby={hintId}
                className="mt-0.5 size-4 accent-sky-700 disabled:cursor-not-allowed"
                {...inputProps}
                {...(checkedValue !== undefined ? { checked: checkedValue === option.value } : {})}
                disabled={Boolean(option.disabledReason) || inputProps.disabled}
              />
              <div>
                <label htmlFor={optionId} className="font-medium">
                  {option.label}
                </label>
                {hintId && (
                  <p id={hintId} className="text-xs text-zinc-700 dark:text-zinc-300">
                    {option.disabledReason ?? option.hint}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
