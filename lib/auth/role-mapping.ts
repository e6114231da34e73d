import { ROLES, type Role } from "./permissions";

/**
 * ROLE_MAPPING: which group (or role claim value) gives which role, e.g.
 * `admins=admin,ops=operator,*=viewer`. `*` is the role of anyone who signs in; without it,
 * a person none of whose groups is listed can't sign in at all.
 */
export type RoleMapping = {
  groups: ReadonlyMap<string, Role>;
  everyone: Role | undefined;
};

export type RoleMappingResult = { ok: true; mapping: RoleMapping } | { ok: false; error: string };

const EXAMPLE = "e.g. admins=admin,ops=operator,*=viewer";

export function parseRoleMapping(text: string): RoleMappingResult {
  const groups = new Map<string, Role>();
  let everyone: Role | undefined;
  for (const raw of text.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    // A group name may itself hold "=" (an LDAP DN's cn=…); the role is what follows the last one.
    const at = entry.lastIndexOf("=");
    const group = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at < 0 || !group) return { ok: false, error: `"${entry}" is not group=role (${EXAMPLE})` };
    if (!(ROLES as readonly string[]).includes(role))
      return { ok: false, error: `"${role}" is not a role: use viewer, operator or admin` };
    if (group === "*") everyone = role as Role;
    else groups.set(group, role as Role);
  }
  if (groups.size === 0 && !everyone) return { ok: false, error: `names no group (${EXAMPLE})` };
  return { ok: true, mapping: { groups, everyone } };
}

/** The roles a person's groups give them; empty when none is mapped and there is no `*`. */
export function rolesFor(values: readonly string[], mapping: RoleMapping): Role[] {
  const roles = new Set<Role>();
  for (const value of values) {
    const role = mapping.groups.get(value);
    if (role) roles.add(role);
  }
  if (mapping.everyone) roles.add(mapping.everyone);
  return ROLES.filter((r) => roles.has(r));
}

/**
 * The values of a roles claim: an array of strings, or one string. A dotted name reaches into
 * an object when there is no claim of that exact name (Keycloak's `realm_access.roles`).
 */
export function claimValues(claims: Record<string, unknown>, name: string): string[] {
  let value: unknown = claims[name];
  if (value === undefined && name.includes(".")) {
    value = name
      .split(".")
      .reduce<unknown>(
        (at, key) =>
          at && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined,
        claims,
      );
  }
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}
