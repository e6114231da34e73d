import type { ReactNode } from "react";

import { WizardProvider } from "@/components/wizard/wizard-provider";
import { buildWizardChoices } from "@/lib/apprunner/form/build-wizard-choices";

export default function NewServiceLayout({ children }: { children: ReactNode }) {
  return <WizardProvider choices={buildWizardChoices()}>{children}</WizardProvider>;
}
