import type { Metadata } from "next";

import { ServiceStep } from "@/components/wizard/steps/service-step";

export const metadata: Metadata = { title: "Create service: Service" };

export default function Page() {
  return <ServiceStep />;
}
