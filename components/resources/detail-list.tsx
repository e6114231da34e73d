import type { ReactNode } from "react";

/**
 * A resource's facts as label/value pairs. The value column may shrink below its content, and
 * long identifiers (ARNs) wrap anywhere, so they never widen the page on a phone.
 */
export function DetailList({ items }: { items: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-[minmax(0,1fr)] gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
      {items.map(({ label, value }) => (
        <div key={label} className="contents">
          <dt className="font-medium text-zinc-700 dark:text-zinc-300">{label}</dt>
          <dd className="mb-2 [overflow-wrap:anywhere] sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
