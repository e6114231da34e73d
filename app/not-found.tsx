import Link from "next/link";

/**
 * The page for an address the app doesn't have. Next.js's built-in one styles itself with inline
 * style attributes, which the nonce CSP refuses; this one uses the app's own classes.
 */
export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>
        Runnerdeck has no page at this address. It may be mistyped, or a link may be out of date.
      </p>
      <p>
        <Link href="/services" className="underline">
          See all services
        </Link>
      </p>
    </div>
  );
}
