import { InvalidRequestError } from "./errors";

/**
 * Opaque NextTokens: base64url of `<scope>:<position>`. The scope ties a token to the call that
 * issued it, so a token from another list (or a made-up one) is refused.
 */
export function encodeToken(scope: string, position: number): string {
  return Buffer.from(`${scope}:${position}`).toString("base64url");
}

export function decodeToken(scope: string, token: string | undefined): number | undefined {
  if (token === undefined || token === "") return undefined;
  const text = Buffer.from(token, "base64url").toString();
  const match = /^(.+):(\d{1,15})$/.exec(text);
  if (!match || match[1] !== scope || encodeToken(scope, Number(match[2])) !== token)
    throw new InvalidRequestError(
      "The NextToken is not valid. Use a token from a previous response.",
    );
  return Number(match[2]);
}

/** Slices an in-memory list (already in order) from a position token. */
export function pageArray<T>(
  items: readonly T[],
  scope: string,
  token: string | undefined,
  size: number,
): { items: T[]; nextToken: string | undefined } {
  const start = decodeToken(scope, token) ?? 0;
  const slice = items.slice(start, start + size);
  const end = start + slice.length;
  return { items: slice, nextToken: end < items.length ? encodeToken(scope, end) : undefined };
}
