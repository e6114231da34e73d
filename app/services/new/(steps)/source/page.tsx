import type { Metadata } from "next";

import { SourceStep } from "@/components/wizard/steps/source-step";

export const metadata: Metadata = { title: "Create service: Source" };

export default function Page() {
  return <SourceStep />;
}
