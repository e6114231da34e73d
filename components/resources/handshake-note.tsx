/** App Runner console's connections page for a region: where a handshake is finished on AWS. */
export function consoleConnectionsUrl(region: string): string {
  return `https://${region}.console.aws.amazon.com/apprunner/home?region=${region}#/connections`;
}

/**
 * What to do about a connection waiting for its handshake. On AWS it is finished in the App
 * Runner console, which sends the person on to GitHub or Bitbucket; the emulator has no provider
 * to go to and finishes it by itself, so it must not send anyone looking for one.
 */
export function HandshakeNote({ region, simulated }: { region: string; simulated: boolean }) {
  const link = (
    <a
      href={consoleConnectionsUrl(region)}
      target="_blank"
      rel="noreferrer"
      className="text-sky-800 underline dark:text-sky-300"
    >
      App Runner console&apos;s connections page ({region})
    </a>
  );
  return (
    <div className="rounded-md border border-sky-700/30 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-400/30 dark:bg-sky-950 dark:text-sky-50">
      {simulated ? (
        <p>
          On the local emulator there is no provider to approve the connection: the handshake
          finishes by itself in a few seconds, and this page updates when it does. On real AWS you
          would finish it in the {link}.
        </p>
      ) : (
        <p>
          A connection can be used once its handshake is finished. Open the {link}, choose this
          connection and <strong>Complete handshake</strong>; you are sent to your provider to
          approve access. This page updates when the status becomes Available.
        </p>
      )}
    </div>
  );
}
