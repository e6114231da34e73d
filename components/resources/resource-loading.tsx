/** What a resource page shows while App Runner answers. */
export function ResourceLoading() {
  return (
    <div role="status" className="space-y-4">
      <p className="sr-only">Loading…</p>
      <div
        aria-hidden="true"
        className="h-8 w-48 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800"
      />
      <div aria-hidden="true" className="h-48 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />
    </div>
  );
}
