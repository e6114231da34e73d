import Link from "next/link";

export default function ServiceNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Service not found</h1>
      <p>
        No App Runner service has this name and ID in this account and region. It may have been
        deleted a while ago, or the address may be mistyped.
      </p>
      <p>
        <Link href="/services" className="underline">
          See all services
        </Link>
      </p>
    </div>
  );
}
