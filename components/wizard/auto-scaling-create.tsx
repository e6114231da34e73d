"use client";

import { DEFAULT_AUTO_SCALING } from "@/lib/apprunner/constants";
import type { AutoScalingItem } from "@/lib/apprunner/form/picker-items";

import { inlineCreate, type InlineCreate } from "./inline-create-form";

/**
 * "Create auto scaling configuration" on the instance step, starting from App Runner's default;
 * the fields are keyed as the route names a refused member.
 */
export const AutoScalingCreate: InlineCreate<AutoScalingItem> = inlineCreate({
  noun: "auto scaling configuration",
  url: "/api/auto-scaling-configurations",
  fields: [
    { key: "name", label: "Name", hint: "4–32 letters, digits, hyphens or underscores." },
    {
      key: "maxConcurrency",
      label: "Max concurrency",
      hint: "Requests one instance handles at once before another starts.",
      inputMode: "numeric",
    },
    {
      key: "minSize",
      label: "Min size",
      hint: "Instances kept warm at all times.",
      inputMode: "numeric",
    },
    {
      key: "maxSize",
      label: "Max size",
      hint: "The most instances App Runner starts.",
      inputMode: "numeric",
    },
  ],
  initial: {
    name: "",
    maxConcurrency: String(DEFAULT_AUTO_SCALING.MaxConcurrency),
    minSize: String(DEFAULT_AUTO_SCALING.MinSize),
    maxSize: String(DEFAULT_AUTO_SCALING.MaxSize),
  },
  toBody: (d) => ({
    name: d.name.trim(),
    maxConcurrency: Number(d.maxConcurrency),
    minSize: Number(d.minSize),
    maxSize: Number(d.maxSize),
  }),
});
