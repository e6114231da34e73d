import { redirect } from "next/navigation";

import { STEPS } from "@/lib/apprunner/form/steps";

/** `/edit` opens the first step. */
export default async function EditServicePage({
  params,
}: {
  params: Promise<{ name: string; id: string }>;
}) {
  const { name, id } = await params;
  redirect(`/services/${name}/${id}/edit/${STEPS[0].id}`);
}
