import "server-only";

import { authorizeAction, currentViewer, type Action, type Viewer } from "@/lib/auth";

import { recordAudit } from "./record-audit";

/** What an entry is about, as far as it is known before the call. */
export type AuditTarget = {
  resourceArn?: string | null;
  resourceName?: string | null;
  /** The request(s) about to be sent, by operation name (`{ PauseService: { ServiceArn } }`). */
  request?: unknown;
};

/** How the call ended; a created resource's ARN or the final request may only be known now. */
export type AuditOutcome = AuditTarget &
  ({ result: "ok"; operationId?: string | null } | { result: "error"; message: string });

export type AuditedAuthorization =
  | {
      ok: true;
      viewer: Viewer;
      /** Records how the call ended. Call it once, after the call. */
      done(outcome: AuditOutcome): Promise<void>;
      /**
       * Runs `run` and records how it ended, from its answer (`outcomeOf`) or from what it threw:
       * a redirect (Next's way of ending an action that went through) counts as ok and is
       * thrown on; anything else thrown is recorded as an error and thrown on.
       */
      track<R>(run: () => Promise<R>, outcomeOf: (result: R) => AuditOutcome): Promise<R>;
    }
  | { ok: false; status: 401 | 403; message: string };

/** Nobody signed in: the entry still says a refusal happened, and what was asked. */
const NOBODY = { id: "", name: "(not signed in)" };

function isRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}

/**
 * The first thing every action and mutating route does: may the current person do `action`?
 * A refusal is recorded ("refused") before it is answered; nothing else is done. Allowed, the
 * caller gets `done`/`track` to record the outcome once the call has answered.
 */
export async function authorizeAudited(
  action: Action,
  target: AuditTarget,
): Promise<AuditedAuthorization> {
  const base = {
    action,
    resourceArn: target.resourceArn ?? null,
    resourceName: target.resourceName ?? null,
    request: target.request ?? null,
  };
  const auth = await authorizeAction(action);
  if (!auth.ok) {
    // A 403 is someone signed in whose role falls short: the entry names them.
    const refused = auth.status === 403 ? await currentViewer() : undefined;
    await recordAudit({
      ...base,
      actor: refused ? { id: refused.id, name: refused.name } : NOBODY,
      result: "refused",
      operationId: null,
      message: auth.message,
    });
    return auth;
  }
  const actor = { id: auth.viewer.id, name: auth.viewer.name };
  const done = async (outcome: AuditOutcome) => {
    await recordAudit({
      actor,
      action,
      resourceArn: outcome.resourceArn ?? base.resourceArn,
      resourceName: outcome.resourceName ?? base.resourceName,
      request: outcome.request ?? base.request,
      result: outcome.result,
      operationId: outcome.result === "ok" ? (outcome.operationId ?? null) : null,
      message: outcome.result === "error" ? outcome.message : null,
    });
  };
  return {
    ok: true,
    viewer: auth.viewer,
    done,
    async track(run, outcomeOf) {
      let result;
      try {
        result = await run();
      } catch (error) {
        await done(
          isRedirect(error)
            ? { result: "ok" }
            : { result: "error", message: "The dashboard failed unexpectedly." },
        );
        throw error;
      }
      await done(outcomeOf(result));
      return result;
    },
  };
}
