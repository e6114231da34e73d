import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

import { revisionTimeText, revisionTitle, type RevisionEntry } from "./history-model";

type CompareFormProps = {
  /** The History page's address: the form asks it again with `?a=<id>&b=<id>`. */
  action: string;
  entries: readonly RevisionEntry[];
  a: number | undefined;
  b: number | undefined;
};

/** Two revisions to compare: a plain GET form, so it works before (and without) JavaScript. */
export function CompareForm({ action, entries, a, b }: CompareFormProps) {
  const options = entries.map(({ revision }) => (
    <option key={revision.id} value={revision.id}>
      {`${revisionTitle(revision)} (${revisionTimeText(revision)})`}
    </option>
  ));
  return (
    <form
      method="get"
      action={`${action}#compare`}
      className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]"
    >
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="compare-a" className="text-sm font-medium">
          Revision A
        </label>
        <Select id="compare-a" name="a" defaultValue={a}>
          {options}
        </Select>
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="compare-b" className="text-sm font-medium">
          Revision B
        </label>
        <Select id="compare-b" name="b" defaultValue={b}>
          {options}
        </Select>
      </div>
      <button type="submit" className={buttonClasses("secondary", "justify-self-start")}>
        Compare
      </button>
    </form>
  );
}
