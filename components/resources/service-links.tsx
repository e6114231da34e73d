import { ServiceNameLink } from "@/components/service/service-name-link";

import type { ResourceUser } from "./resource-users";

/** The services that use a resource, each a link to its page; "None" when nothing does. */
export function ServiceLinks({ users }: { users: readonly ResourceUser[] }) {
  if (users.length === 0) return <span>None</span>;
  return (
    <ul className="space-y-0.5">
      {users.map((u) => (
        <li key={u.arn}>
          <ServiceNameLink name={u.name} id={u.id} />
        </li>
      ))}
    </ul>
  );
}
