import Link from "next/link";

/** A resource page whose name matches nothing live in this account and region. */
export function ResourceNotFound({
  what,
  listHref,
  listLabel,
}: {
  what: string;
  listHref: string;
  listLabel: string;
}) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{what} not found</h1>
      <p>
        Nothing by this name exists in this account and region. It may have been deleted, or the
        address may be mistyped.
      </p>
      <p>
        <Link href={listHref} className="underline">
          {listLabel}
        </Link>
      </p>
    </div>
  );
}
