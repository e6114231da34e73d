"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";

import { cn } from "@/lib/cn";

async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    // Clipboard API refused (permissions, insecure origin): fall back to a hidden selection.
    const area = document.createElement("textarea");
    area.value = value;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/** Copies `value`; says "Copied" (to screen readers too) for a moment afterwards. */
export function CopyButton({
  value,
  label,
  context,
  className,
}: {
  value: string;
  /** What is copied, e.g. "Copy ARN". */
  label: string;
  /**
   * Which of several alike things it copies from, for screen readers: with "_acme….example.com"
   * the button reads "Copy value of _acme….example.com" where the screen shows "Copy value".
   */
  context?: string;
  className?: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const t = setTimeout(() => setState("idle"), 2_000);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <span className="inline-flex items-center gap-1">
      <button
        type="button"
        onClick={async () => setState((await copyText(value)) ? "copied" : "failed")}
        className={cn(
          "inline-flex min-h-8 items-center gap-1 rounded-md border border-zinc-300 px-2 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800",
          className,
        )}
      >
        {state === "copied" ? (
          <Check aria-hidden="true" className="size-3.5" />
        ) : (
          <Copy aria-hidden="true" className="size-3.5" />
        )}
        {label}
        {context && <span className="sr-only"> of {context}</span>}
      </button>
      <span role="status" className="text-xs">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select and copy" : ""}
      </span>
    </span>
  );
}
