import { Star } from "lucide-react";

/** "Default", with an icon, for the account's default auto scaling configuration. */
export function DefaultMark() {
  return (
    <span className="inline-flex items-center gap-1 font-medium">
      <Star aria-hidden="true" className="size-3.5 shrink-0" />
      Default
    </span>
  );
}
