"use client";

import { useCallback } from "react";

import { readAssumptionTexts, type AssumptionTexts } from "@/lib/cost/assumption-storage";

import { useStoredText } from "./use-stored-text";

/** The assumption inputs' texts, kept in localStorage as typed (as the wizard keeps its draft). */
export function useAssumptionTexts(
  storageKey: string,
): [AssumptionTexts, (name: keyof AssumptionTexts, text: string) => void] {
  const [raw, write] = useStoredText(storageKey);
  const texts = readAssumptionTexts(storageKey, { getItem: () => raw });
  const setText = useCallback(
    (name: keyof AssumptionTexts, text: string) => {
      write(JSON.stringify({ ...texts, [name]: text }));
    },
    [texts, write],
  );
  return [texts, setText];
}
