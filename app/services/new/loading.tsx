export default function Loading() {
  return (
    <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
      Loading the wizard…
    </p>
  );
}
