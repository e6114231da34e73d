import { RESOURCE_KINDS } from "./resource-kinds";
import { statusColumn, usedByColumn } from "./resource-columns";
import { ResourceTable, type ResourceColumn } from "./resource-table";
import {
  REVISION_FIELDS,
  type RevisionFields,
  type RevisionRow,
  type Revisioned,
} from "./revision-rows";

/**
 * Every revision of a kind, one row each: name, revision, the kind's own `columns`, status and
 * the services that use it.
 */
export function RevisionTable<K extends keyof Revisioned>({
  kind,
  minWidth,
  rows,
  columns,
}: {
  kind: K;
  /** A Tailwind min-width class, e.g. `min-w-[36rem]`. */
  minWidth: string;
  rows: readonly RevisionRow<Revisioned[K]>[];
  columns: readonly ResourceColumn<RevisionRow<Revisioned[K]>>[];
}) {
  const fields: RevisionFields<Revisioned[K]> = REVISION_FIELDS[kind];
  type Row = RevisionRow<Revisioned[K]>;
  const { noun } = RESOURCE_KINDS[kind];
  return (
    <ResourceTable
      kind={kind}
      label={`${noun.charAt(0).toUpperCase()}${noun.slice(1)}s table`}
      minWidth={minWidth}
      rows={rows}
      keyOf={(r) => fields.arn(r.item)}
      nameOf={(r) => fields.name(r.item)}
      columns={[
        { header: "Revision", cell: (r: Row) => fields.revision(r.item) },
        ...columns,
        statusColumn((r: Row) => fields.status(r.item)),
        usedByColumn<Row>(),
      ]}
    />
  );
}
