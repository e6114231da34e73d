import { Button } from "@/components/ui/button";

/** A list row's Remove, named for the row (“Remove variable 2”) for a screen reader. */
export function RemoveRowButton({ row, onRemove }: { row: string; onRemove: () => void }) {
  return (
    // Aligned with the row's controls, below their labels, where the row is one line.
    <div className="sm:pt-5">
      <Button variant="ghost" onClick={onRemove}>
        Remove<span className="sr-only"> {row}</span>
      </Button>
    </div>
  );
}
