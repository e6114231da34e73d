import { IncompleteSignatureError, MissingAuthenticationTokenError } from "../errors";

const SCOPE = /Credential=[^/\s,]+\/\d{8}\/([a-z0-9-]+)\/[a-z0-9-]+\/aws4_request/;

/**
 * The region a SigV4-signed request is for, from its credential scope. Signatures are not
 * verified (any keys work), but an unsigned request is refused as AWS refuses it.
 */
export function regionFromAuthorization(header: string | undefined): string {
  if (!header) throw new MissingAuthenticationTokenError();
  if (!header.startsWith("AWS4-HMAC-SHA256 "))
    throw new IncompleteSignatureError(
      "Authorization header requires the AWS4-HMAC-SHA256 algorithm with Credential, SignedHeaders and Signature.",
    );
  const match = SCOPE.exec(header);
  if (!match?.[1])
    throw new IncompleteSignatureError(
      "Authorization header requires 'Credential' parameter with a scope of date/region/service/aws4_request.",
    );
  return match[1];
}
