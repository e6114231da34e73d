import type { ComponentProps, ReactNode } from "react";

import { cn } from "@/lib/cn";

type CheckboxProps = Omit<ComponentProps<"input">, "type"> & {
  label: ReactNode;
  hint?: ReactNode;
};

/** A checkbox with its label beside it; the hint is tied to it with aria-describedby. */
export function Checkbox({ label, hint, id, className, ...props }: CheckboxProps) {
  const hintId = hint && id ? `${id}-hint` : undefined;
  return (
    <div className={cn("flex items-start gap-2", className)}>
      <input
        type="checkbox"
        id={id}
        aria-describedby={hintId}
        className="mt-0.5 size-4 accent-sky-700 disabled:cursor-not-allowed"
        {...props}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {hint && (
          <p id={hintId} className="text-zinc-700 dark:text-zinc-300">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
