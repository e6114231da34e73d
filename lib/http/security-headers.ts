/**
 * The headers every answer carries. The policy is as strict as the app allows:
 * - scripts only with this request's nonce (Next.js puts it on its own inline and bundle
 *   scripts when it finds it in the request's CSP header) and what those load
 *   ('strict-dynamic'); no 'unsafe-eval' outside `next dev`, whose React needs it;
 * - styles from the app's own stylesheet (Tailwind) and nonce'd tags: no 'unsafe-inline', since
 *   nothing renders a style attribute or an un-nonce'd <style> (React's style props are set
 *   through the DOM, which CSP does not govern);
 * - connections to this origin only (the live stream is same-origin EventSource);
 * - never framed, no plugins, no <base>; forms post only here (and sign-out goes on to the
 *   OpenID provider: `formTargets`).
 */
export function contentSecurityPolicy(
  nonce: string,
  { dev = false, formTargets = [] }: { dev?: boolean; formTargets?: readonly string[] } = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // `next dev` injects its overlay's styles without a nonce.
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // Signing out is a form post that the OpenID provider's logout page answers.
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Powerful features the console never uses, off for it and anything it could embed. Only names
 * Chromium knows: it warns in the console about any other.
 */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // For browsers without CSP frame-ancestors.
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": PERMISSIONS_POLICY,
  // No other site's window keeps a handle on ours, nor loads our answers as its subresources.
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** Puts the security headers and `csp` on `headers` (a response's, or one being built). */
export function setSecurityHeaders(headers: Headers, csp: string): Headers {
  headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  return headers;
}
