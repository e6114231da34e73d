import type { Metadata } from "next";

import { StartOptions } from "@/components/wizard/start-options";
import { loadDuplicate } from "@/lib/apprunner/api/load-duplicate";

export const metadata: Metadata = { title: "Create service" };
export const dynamic = "force-dynamic";

export default async function NewServicePage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string | string[] }>;
}) {
  const { from } = await searchParams;
  const duplicate = typeof from === "string" && from ? await loadDuplicate(from) : undefined;
  return <StartOptions duplicate={duplicate} />;
}
