import type { Metadata } from "next";

import { NetworkStep } from "@/components/wizard/steps/network-step";

export const metadata: Metadata = { title: "Create service: Network" };

export default function Page() {
  return <NetworkStep />;
}
