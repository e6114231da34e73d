import { SHAPE_INDEX } from "@/lib/apprunner/schema/model-index.generated";

/*
 * What an edit can't change, from the model rather than a list kept by hand: a member that
 * CreateService takes and UpdateService lacks is fixed at creation. The wizard already loads the
 * model index for its check (validation.ts), so reading it here costs the browser nothing more.
 */

function requestMembers(shape: "CreateServiceRequest" | "UpdateServiceRequest"): string[] {
  return Object.keys(SHAPE_INDEX[shape]?.members ?? {});
}

/** UpdateServiceRequest's members (ServiceArn first), as the model lists them. */
export const UPDATE_SERVICE_MEMBERS: readonly string[] = requestMembers("UpdateServiceRequest");

/** Tags change through TagResource and UntagResource, so an edit does change them. */
const CHANGED_ELSEWHERE = new Set(["Tags"]);

/** CreateService members that UpdateService lacks (tags aside: they have their own calls). */
export const CREATE_ONLY_MEMBERS: readonly string[] = requestMembers("CreateServiceRequest").filter(
  (member) => !UPDATE_SERVICE_MEMBERS.includes(member) && !CHANGED_ELSEWHERE.has(member),
);

/*
 * "You can't change the name or the encryption configuration of the service. These can be set
 * only when you create the service." (UpdateService, App Runner API reference)
 */
const CREATE_ONLY_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ServiceName: {
    "service.name": "App Runner never renames a service: UpdateService has no ServiceName.",
  },
  EncryptionConfiguration: {
    "service.encryption":
      "The encryption key is fixed when the service is created: UpdateService has no EncryptionConfiguration.",
    "service.kmsKey":
      "The encryption key is fixed when the service is created: UpdateService has no EncryptionConfiguration.",
  },
};

/*
 * Refusals inside a member UpdateService has. "In SourceConfiguration, you can't switch your
 * source type from code to image or the other way around." (App Runner developer guide,
 * Configuring an App Runner service)
 */
const REFUSED_FIELDS: Readonly<Record<string, string>> = {
  "source.type":
    "App Runner can't switch a service between an image and a code repository: create a new service for the other kind.",
};

/** Form fields an edit can't change, each with the reason a person reads. */
export const EDIT_LOCKS: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(
    CREATE_ONLY_MEMBERS.flatMap((member) => Object.entries(CREATE_ONLY_FIELDS[member] ?? {})),
  ),
  ...REFUSED_FIELDS,
});

export function editLockReason(field: string): string | undefined {
  return Object.hasOwn(EDIT_LOCKS, field) ? EDIT_LOCKS[field] : undefined;
}
