/**
 * The address of whoever opened the TCP connection of a request. Next.js hands neither route
 * handlers, server components nor proxy.ts the socket, and its X-Forwarded-For keeps whatever
 * the client sent. So the launcher starts the dashboard with `peer-address-preload.cjs`, which
 * writes the socket's address into this header of every request as Node parses it, replacing
 * any value the client sent: everything downstream reads the header and can believe it.
 */
export const PEER_ADDRESS_HEADER = "x-runnerdeck-peer-address";

/** The preload sets this global; without it the header can't be believed (or is just absent). */
const STAMPED = Symbol.for("runnerdeck.peerAddressStamped");

export function peerAddressIsStamped(): boolean {
  return (globalThis as Record<symbol, unknown>)[STAMPED] === true;
}

/** The connecting address, or undefined when the dashboard was started without the preload. */
export function peerAddress(headers: Headers): string | undefined {
  if (!peerAddressIsStamped()) return undefined;
  return headers.get(PEER_ADDRESS_HEADER) ?? undefined;
}
