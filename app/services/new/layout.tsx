import type { ReactNode } from "react";

import { WizardProvider } from "@/components/wizard/wizard-provider";

export default function NewServiceLayout({ children }: { children: ReactNode }) {
  return <WizardProvider>{children}</WizardProvider>;
}
