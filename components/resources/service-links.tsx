import Link from "next/link";

import type { ResourceUser } from "./resource-users";

/** The services that use a resource, each a link to its page; "None" when nothing does. */
export function ServiceLinks({ users }: { users: readonly ResourceUser[] }) {
  if (users.length === 0) return <span>None</span>;
  return (
    <ul className="space-y-0.5">
      {users.map((u) => (
        <li key={u.arn}>
          <Link
            href={`/services/${u.name}/${u.id}`}
            className="text-sky-800 underline dark:text-sky-300"
          >
            {u.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
