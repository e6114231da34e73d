/** What a delete or set-default action answers: safe to show as it is. */
export type ResourceActionResult = { ok: true; message: string } | { ok: false; message: string };

/** What a create form's action answers. `attempt` moves focus again on a repeated failure. */
export type ResourceFormState =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      /** By the API's member name (`ConnectionName`), which is also the form control's name. */
      fieldErrors: Partial<Record<string, string>>;
      attempt: number;
    }
  | { status: "created"; message: string; name: string; arn: string; href: string };

export const IDLE_FORM: ResourceFormState = { status: "idle" };
