/** Subnet or security group IDs, one per line so none is cut or widens the page. */
export function IdList({ ids }: { ids: readonly string[] | undefined }) {
  if (!ids?.length) return <span>—</span>;
  return (
    <ul className="font-mono text-xs">
      {ids.map((id) => (
        <li key={id} className="break-all">
          {id}
        </li>
      ))}
    </ul>
  );
}
