import Link from "next/link";

/** App Runner could not be read for a reason a person can act on (throttling, network, …). */
export function ResourceLoadProblem({
  title,
  message,
  retryHref,
}: {
  title: string;
  message: string;
  retryHref: string;
}) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p role="alert">{message}</p>
      <p>
        <a href={retryHref} className="underline">
          Try again
        </a>{" "}
        or go to{" "}
        <Link href="/services" className="underline">
          the services
        </Link>
        .
      </p>
    </div>
  );
}
