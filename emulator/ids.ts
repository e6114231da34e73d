import { randomBytes, randomUUID } from "node:crypto";

/** Identifiers in the formats App Runner uses (FACTS.md "Identifiers"). */
let pool = Buffer.alloc(0);
let offset = 0;

/** 32 lowercase hex characters; random bytes are drawn in blocks, not per id. */
export function hex32(): string {
  if (offset + 16 > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  offset += 16;
  return pool.toString("hex", offset - 16, offset);
}

export function operationId(): string {
  return randomUUID();
}

const URL_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Ten characters of [a-z0-9], as in `psbqam834h.us-east-1.awsapprunner.com`. */
export function urlSlug(length = 10): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const byte of bytes) out += URL_ALPHABET[byte % URL_ALPHABET.length];
  return out;
}

export function arnPrefix(region: string, account: string): string {
  return `arn:aws:apprunner:${region}:${account}`;
}

/** Epoch seconds with millisecond fraction, as the JSON protocol carries timestamps. */
export function epochSeconds(ms: number = Date.now()): number {
  return ms / 1000;
}
