import Link from "next/link";

/** A service's name as a link to its page, as the tables and lists show it. */
export function ServiceNameLink({
  name,
  id,
}: {
  name: string | undefined;
  id: string | undefined;
}) {
  return (
    <Link href={`/services/${name}/${id}`} className="text-sky-800 underline dark:text-sky-300">
      {name}
    </Link>
  );
}
