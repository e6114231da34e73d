/** One side of a change: the value as the review words it, or plainly "not set". */
export function ChangeValue({ value }: { value: string | null }) {
  if (value === null) return <em className="text-zinc-700 dark:text-zinc-300">not set</em>;
  return <span className="[overflow-wrap:anywhere]">{value}</span>;
}
