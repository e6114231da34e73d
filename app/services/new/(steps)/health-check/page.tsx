import type { Metadata } from "next";

import { HealthCheckStep } from "@/components/wizard/steps/health-check-step";

export const metadata: Metadata = { title: "Create service: Health check" };

export default function Page() {
  return <HealthCheckStep />;
}
