/**
 * A server action call (a POST with a Next-Action header) carries its arguments as React
 * encodes them: the argument list as JSON, sent as the whole text body, or as the part named
 * "0" of a multipart form when an argument is a form, a file or another part. Next.js answers
 * 500 to a body its decoder can't read, so the plainly broken ones are refused first, 400.
 */
export async function isMalformedActionBody(
  contentType: string,
  body: Uint8Array,
): Promise<boolean> {
  try {
    if (/^multipart\/form-data\s*;/i.test(contentType)) {
      const form = await new Response(new Uint8Array(body), {
        headers: { "Content-Type": contentType },
      }).formData();
      const root = form.get("0");
      return typeof root !== "string" || !isJsonArray(root);
    }
    if (contentType === "" || /^text\/plain\s*(;|$)/i.test(contentType))
      return !isJsonArray(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    return true;
  }
  return true;
}

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
