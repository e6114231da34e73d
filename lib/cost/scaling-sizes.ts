import { INTEGER_RANGES } from "@/lib/apprunner/schema/enums.generated";

const MIN_SIZE = INTEGER_RANGES.ASConfigMinSize;
// The model bounds MaxSize below only; above, the account's quota (25 by default) decides.
const MAX_SIZE = { min: INTEGER_RANGES.ASConfigMaxSize.min, max: 1_000 };

/** MinSize and MaxSize as typed (for a configuration whose sizes the wizard's list lacks). */
export type TypedSizes = { min: string; max: string };

/**
 * The problem with typed instance counts, naming the field and the rule: App Runner's
 * CreateAutoScalingConfiguration takes MinSize from 1 to 25 and MaxSize from 1, MinSize ≤ MaxSize.
 */
export function sizesProblem(
  sizes: TypedSizes,
): { field: "min" | "max"; message: string } | undefined {
  const whole = (t: string, r: { min: number; max: number }) =>
    /^\d+$/.test(t.trim()) && Number(t) >= r.min && Number(t) <= r.max;
  if (!whole(sizes.min, MIN_SIZE))
    return {
      field: "min",
      message: `MinSize must be a whole number from ${MIN_SIZE.min} to ${MIN_SIZE.max}.`,
    };
  if (!whole(sizes.max, MAX_SIZE))
    return {
      field: "max",
      message: `MaxSize must be a whole number from ${MAX_SIZE.min} to ${MAX_SIZE.max.toLocaleString("en-US")}.`,
    };
  if (Number(sizes.min) > Number(sizes.max))
    return {
      field: "min",
      message: `MinSize (${sizes.min.trim()}) must be less than or equal to MaxSize (${sizes.max.trim()}).`,
    };
  return undefined;
}
