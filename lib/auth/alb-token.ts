import { flattenedVerify, importSPKI, type CryptoKey } from "jose";

/**
 * AWS ALB's user claims (header x-amzn-oidc-data): a JWT signed with ES256 by the load
 * balancer, the key's id in `kid`, the public key at `<key URL>/<kid>` as PEM.
 *
 * AWS: "The JWT format includes a header, payload, and signature that are base64 URL encoded,
 * and includes padding characters at the end." (Elastic Load Balancing, Authenticate users
 * using an Application Load Balancer, "User claims encoding and signature verification".)
 * The signature covers the padded text, so the token is verified as the three parts it came in
 * (jose's flattened form), not re-encoded as a standard compact JWT.
 */
export type AlbClaims = Record<string, unknown>;

export type AlbVerification = { ok: true; claims: AlbClaims } | { ok: false; reason: string };

export type AlbKeyOptions = {
  /** Base URL; the key for `kid` is `${keyUrl}/${kid}`. */
  keyUrl: string;
  /** When set, the token's `signer` must be this load balancer. */
  albArn: string | undefined;
  now?: Date;
};

const KEY_TIMEOUT_MS = 3_000;
/** ALB keys rotate rarely; a handful per process covers every load balancer in front of it. */
const MAX_CACHED_KEYS = 16;
const cachedKeys = new Map<string, Promise<CryptoKey>>();

async function fetchKey(url: string): Promise<CryptoKey> {
  const response = await fetch(url, { signal: AbortSignal.timeout(KEY_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`the key address answered ${response.status}`);
  return importSPKI((await response.text()).trim(), "ES256");
}

function keyFor(url: string): Promise<CryptoKey> {
  let key = cachedKeys.get(url);
  if (!key) {
    if (cachedKeys.size >= MAX_CACHED_KEYS) cachedKeys.delete(cachedKeys.keys().next().value!);
    key = fetchKey(url);
    // A failed fetch is tried again next time, not remembered.
    key.catch(() => cachedKeys.delete(url));
    cachedKeys.set(url, key);
  }
  return key;
}

function decodeHeader(part: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return json && typeof json === "object" ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function verifyAlbToken(
  token: string,
  { keyUrl, albArn, now = new Date() }: AlbKeyOptions,
): Promise<AlbVerification> {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "the ALB token is not a JWT" };
  const [protectedHeader, payload, signature] = parts as [string, string, string];
  const header = decodeHeader(protectedHeader);
  const kid = header?.kid;
  // The kid goes into a URL: only the characters AWS uses (a UUID) so it can't point elsewhere.
  if (typeof kid !== "string" || !/^[A-Za-z0-9-]{1,128}$/.test(kid))
    return { ok: false, reason: "the ALB token has no usable key id" };
  if (header?.alg !== "ES256") return { ok: false, reason: "the ALB token is not ES256" };
  if (albArn && header.signer !== albArn)
    return { ok: false, reason: "the ALB token was signed by another load balancer" };

  let key: CryptoKey;
  try {
    key = await keyFor(`${keyUrl}/${kid}`);
  } catch (error) {
    return {
      ok: false,
      reason: `the ALB's public key could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  let claims: AlbClaims;
  try {
    const verified = await flattenedVerify(
      { protected: protectedHeader, payload, signature },
      key,
      {
        algorithms: ["ES256"],
      },
    );
    claims = JSON.parse(new TextDecoder().decode(verified.payload)) as AlbClaims;
  } catch {
    return { ok: false, reason: "the ALB token's signature is not valid" };
  }
  // The expiry is in the header (AWS lists `exp` among the JWT header's fields); a payload exp counts too.
  const nowSeconds = Math.floor(now.getTime() / 1000);
  for (const exp of [header.exp, claims.exp]) {
    if (exp !== undefined && (typeof exp !== "number" || exp <= nowSeconds))
      return { ok: false, reason: "the ALB token has expired" };
  }
  if (header.exp === undefined && claims.exp === undefined)
    return { ok: false, reason: "the ALB token has no expiry" };
  return { ok: true, claims };
}
