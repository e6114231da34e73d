import type { Metadata } from "next";

import { BuildStep } from "@/components/wizard/steps/build-step";

export const metadata: Metadata = { title: "Create service: Build and run" };

export default function Page() {
  return <BuildStep />;
}
