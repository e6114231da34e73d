import type { ReactNode } from "react";

/** One kind of resource on a page that lists two: its heading, what it is for, its content. */
export function ResourceSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <div className="space-y-1">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{intro}</p>
      </div>
      {children}
    </section>
  );
}
