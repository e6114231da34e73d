export default function Loading() {
  return (
    <div role="status" className="space-y-4">
      <p className="sr-only">Loading the audit log…</p>
      <div
        aria-hidden="true"
        className="h-8 w-48 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800"
      />
      <div aria-hidden="true" className="h-48 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />
    </div>
  );
}
