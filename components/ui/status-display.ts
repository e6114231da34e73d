import { CircleCheck, CircleX, Clock, LoaderCircle, Trash2, type LucideIcon } from "lucide-react";

export type Tone = "good" | "busy" | "bad" | "quiet" | "warn";

/** How one status reads: words, an icon, a tone, and whether the icon turns (work under way). */
export type StatusDisplay = { label: string; icon: LucideIcon; tone: Tone; spin?: boolean };

/** Each status of a kind of thing (a service, a resource, a domain) with how it reads. */
export type StatusDisplays<S extends string = string> = Readonly<Record<S, StatusDisplay>>;

/*
 * The meanings statuses share across services, resources and domains, each with one icon and
 * tone, so that e.g. every "failed" reads alike whatever failed.
 */

/** Finished well: running, available, active, validated. */
export function done(label: string): StatusDisplay {
  return { label, icon: CircleCheck, tone: "good" };
}

/** Work under way, the icon turning. */
export function working(label: string): StatusDisplay {
  return { label, icon: LoaderCircle, tone: "busy", spin: true };
}

/** Waiting for something outside: a handshake, DNS validation, a queue. */
export function waiting(label: string): StatusDisplay {
  return { label, icon: Clock, tone: "busy" };
}

export function failed(label: string): StatusDisplay {
  return { label, icon: CircleX, tone: "bad" };
}

/** Deleted, or being removed. */
export function removal(label: string): StatusDisplay {
  return { label, icon: Trash2, tone: "quiet" };
}
