"use client";

import { useEffect } from "react";

/**
 * After a refused create, focus goes to the field at fault (its message is tied to it), so a
 * keyboard or screen reader user lands on what to fix. `attempt` changes with every refusal.
 */
export function useFocusFieldError(fieldId: string | undefined, attempt: number): void {
  useEffect(() => {
    if (fieldId) document.getElementById(fieldId)?.focus();
  }, [fieldId, attempt]);
}
