import Link from "next/link";

import { parseServiceArn, servicePath } from "@/lib/apprunner/watch/service-arn";

/** The service an ARN names, as a link to its page; "—" when there is none. */
export function ServiceLink({ arn }: { arn: string | undefined }) {
  const service = arn ? parseServiceArn(arn) : undefined;
  const href = arn && servicePath(arn);
  if (!service || !href) return "—";
  return (
    <Link href={href} className="underline">
      {service.name}
    </Link>
  );
}
