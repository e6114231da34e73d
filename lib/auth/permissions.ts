/**
 * Who may do what, written once: the server enforces it in every action and route, and the
 * pages disable what a person's role can't use, with the same sentence. Pure (no server-only):
 * the browser reads the reasons too.
 */
export const ROLES = ["viewer", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Each role can do what the one before it can, and more. */
const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

/** The things a person does through Runnerdeck that change something, and who may do each. */
export const ACTIONS = {
  createService: { role: "operator", verb: "create services" },
  updateService: { role: "operator", verb: "edit services" },
  deployService: { role: "operator", verb: "deploy services" },
  pauseService: { role: "operator", verb: "pause services" },
  resumeService: { role: "operator", verb: "resume services" },
  manageCustomDomains: { role: "operator", verb: "change custom domains" },
  deleteService: { role: "admin", verb: "delete services" },
  manageResources: { role: "admin", verb: "manage connections and other resources" },
} as const satisfies Record<string, { role: Role; verb: string }>;
export type Action = keyof typeof ACTIONS;

/** The person a request acts for. With sign-in off, one local person who may do everything. */
export type Viewer = {
  /** Stable id: the provider's subject, the proxy's user, or "local". */
  id: string;
  /** What the audit log and the header show: an email when there is one. */
  name: string;
  email?: string;
  roles: Role[];
};

export const LOCAL_VIEWER: Viewer = { id: "local", name: "local user", roles: ["admin"] };

/** The highest of a person's roles (viewer when they have none). */
export function topRole(roles: readonly Role[]): Role {
  return roles.reduce<Role>((top, r) => (RANK[r] > RANK[top] ? r : top), "viewer");
}

const PLURAL: Record<Role, string> = {
  viewer: "Viewers",
  operator: "Operators",
  admin: "Admins",
};

/** Why this person can't do this ("Viewers can't pause services."), or undefined when they can. */
export function refusalFor(viewer: Pick<Viewer, "roles">, action: Action): string | undefined {
  const { role, verb } = ACTIONS[action];
  const top = topRole(viewer.roles);
  if (RANK[top] >= RANK[role]) return undefined;
  return `${PLURAL[top]} can't ${verb}.`;
}
