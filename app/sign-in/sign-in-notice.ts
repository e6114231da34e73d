/**
 * What the sign-in page says about how the person got there, in words: each `error` the
 * sign-in routes send back, and why a session ended.
 */
export type SignInNotice = { tone: "error" | "info"; text: string };

export function signInNotice(
  params: { error?: string; reason?: string; signedOut?: string },
  provider: string,
): SignInNotice | undefined {
  switch (params.error) {
    case "provider":
      return {
        tone: "error",
        text: `${provider} isn't answering, so you can't sign in right now. Try again in a minute; if it keeps happening, tell whoever runs Runnerdeck.`,
      };
    case "denied":
      return {
        tone: "error",
        text: `The sign-in was cancelled or refused at ${provider}. Try again, or ask whoever manages your account there for access.`,
      };
    case "no-role":
      return {
        tone: "error",
        text: "You signed in, but none of your groups has a role in Runnerdeck, so there is nothing it can show you. Ask whoever runs Runnerdeck to give one of your groups a role (ROLE_MAPPING).",
      };
    case "stale":
      return {
        tone: "error",
        text: "That sign-in took too long, or was started in another browser. Sign in again.",
      };
    case "failed":
      return {
        tone: "error",
        text: `Signing in didn't work: Runnerdeck couldn't complete the sign-in with ${provider}. Try again; if it keeps failing, tell whoever runs Runnerdeck (the details are in its log).`,
      };
  }
  if (params.reason === "expired")
    return {
      tone: "info",
      text: "Your sign-in has expired. Sign in again to carry on where you were: a service you were setting up is kept in this browser.",
    };
  if (params.signedOut) return { tone: "info", text: "You have signed out." };
  return undefined;
}
