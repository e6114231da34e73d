import Link from "next/link";

/** The page could not be loaded for a reason a person can act on (throttling, network, …). */
export function LoadProblem({ message, retryHref }: { message: string; retryHref: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">The service could not be loaded</h1>
      <p role="alert">{message}</p>
      <p>
        <a href={retryHref} className="underline">
          Try again
        </a>{" "}
        or go back to{" "}
        <Link href="/services" className="underline">
          all services
        </Link>
        .
      </p>
    </div>
  );
}
