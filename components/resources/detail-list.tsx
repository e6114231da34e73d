import type { ReactNode } from "react";

/** A resource's facts as label/value pairs; long identifiers wrap instead of widening the page. */
export function DetailList({ items }: { items: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {items.map(({ label, value }) => (
        <div key={label} className="contents">
          <dt className="font-medium text-zinc-700 dark:text-zinc-300">{label}</dt>
          <dd className="mb-2 break-words [overflow-wrap:anywhere] sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
