import type { Path } from "react-hook-form";

import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

export type WizardPath = Path<WizardValues>;
