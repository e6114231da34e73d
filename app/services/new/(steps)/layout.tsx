import type { ReactNode } from "react";

import { StepShell } from "@/components/wizard/step-shell";

export default function StepsLayout({ children }: { children: ReactNode }) {
  return <StepShell>{children}</StepShell>;
}
