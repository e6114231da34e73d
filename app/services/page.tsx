import Link from "next/link";

export const dynamic = "force-dynamic";

export default function ServicesPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Services</h1>
      <p>
        No services list yet.{" "}
        <Link className="underline" href="/services/new">
          Create service
        </Link>
      </p>
    </div>
  );
}
