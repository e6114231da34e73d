import type { Metadata } from "next";

import { InstanceStep } from "@/components/wizard/steps/instance-step";

export const metadata: Metadata = { title: "Create service: Instance" };

export default function Page() {
  return <InstanceStep />;
}
