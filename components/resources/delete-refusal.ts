import type { ResourceUser } from "./resource-users";

type DeletableKind = "auto-scaling" | "vpc-connector" | "observability" | "connection";

const WHAT: Record<DeletableKind, { noun: string; move: string }> = {
  "auto-scaling": {
    noun: "this auto scaling configuration",
    move: "Give {them} another auto scaling configuration first.",
  },
  "vpc-connector": {
    noun: "this VPC connector for outgoing traffic",
    move: "Change {their} networking to another connector or to public egress first.",
  },
  observability: {
    noun: "this observability configuration for tracing",
    move: "Turn {their} tracing off or give {them} another configuration first.",
  },
  connection: {
    noun: "this connection",
    move: "Give {them} another connection first.",
  },
};

function naming(users: readonly ResourceUser[]): string {
  const [first, second] = users;
  if (users.length === 1) return `Service ${first!.name} uses`;
  if (users.length === 2) return `Services ${first!.name} and ${second!.name} use`;
  return `Services ${first!.name}, ${second!.name} and ${users.length - 2} more use`;
}

/**
 * Why Delete is not offered, in words, or undefined when it is. App Runner refuses to delete the
 * default auto scaling configuration and any resource a service still uses; saying so beside a
 * disabled button beats letting a person type the name only to be refused.
 */
export function deleteRefusal(
  kind: DeletableKind,
  facts: { isDefault?: boolean | undefined; users: readonly ResourceUser[] },
): string | undefined {
  if (kind === "auto-scaling" && facts.isDefault)
    return "This is the account's default auto scaling configuration, which services get when they name none. Make another revision the default first.";
  if (facts.users.length === 0) return undefined;
  const { noun, move } = WHAT[kind];
  const one = facts.users.length === 1;
  const advice = move
    .replaceAll("{them}", one ? "it" : "them")
    .replaceAll("{their}", one ? "its" : "their");
  return `${naming(facts.users)} ${noun}. ${advice}`;
}
