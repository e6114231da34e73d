import type { Metadata } from "next";

import { ReviewStep } from "@/components/wizard/steps/review-step";

export const metadata: Metadata = { title: "Create service: Review" };

export default function Page() {
  return <ReviewStep />;
}
