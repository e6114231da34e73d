import Link from "next/link";

import { parseServiceArn, servicePath } from "@/lib/apprunner/watch/service-arn";
import type { WireService } from "@/lib/apprunner/watch/wire";

/** The dashboard's own store could not be read: the history is there, just not reachable now. */
export function HistoryUnavailable({ service }: { service: WireService }) {
  const arn = service.ServiceArn ?? "";
  const name = parseServiceArn(arn)?.name ?? service.ServiceName ?? "";
  const page = servicePath(arn) ?? "/services";
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold [overflow-wrap:anywhere]">History of {name}</h1>
      <p role="alert">
        The dashboard could not read its store, where the history is kept. Try again in a moment.
      </p>
      <p>
        <a href={`${page}/history`} className="underline">
          Try again
        </a>{" "}
        or go back to{" "}
        <Link href={page} className="underline">
          {name}
        </Link>
        .
      </p>
    </div>
  );
}
