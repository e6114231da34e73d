const SECRET_WORDS = /(PASSWORD|PASSWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE)/i;

/**
 * A plain variable whose name says it holds a secret; the wizard suggests making it a secret
 * reference so the value doesn't sit in the service's configuration in clear text.
 */
export function looksSecret(name: string): boolean {
  return SECRET_WORDS.test(name);
}
