export default function Loading() {
  return (
    <div role="status" className="space-y-4">
      <p className="sr-only">Loading the export…</p>
      <div
        aria-hidden="true"
        className="h-8 w-64 max-w-full animate-pulse rounded bg-zinc-200 dark:bg-zinc-800"
      />
      <div aria-hidden="true" className="h-40 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />
    </div>
  );
}
