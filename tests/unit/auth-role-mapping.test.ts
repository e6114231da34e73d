import { describe, expect, it } from "vitest";

import { safeReturnTo, signInPath } from "@/lib/auth/return-to";
import { claimValues, parseRoleMapping, rolesFor, type RoleMapping } from "@/lib/auth/role-mapping";
import { isTrustedProxy, parseTrustedProxies } from "@/lib/auth/trusted-proxies";

function mappingOf(text: string): RoleMapping {
  const parsed = parseRoleMapping(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.mapping;
}

describe("ROLE_MAPPING", () => {
  const mapping = mappingOf("admins=admin, ops=operator, *=viewer");

  it("gives each person the roles of their groups, and * to everyone", () => {
    expect(rolesFor(["admins"], mapping)).toEqual(["viewer", "admin"]);
    expect(rolesFor(["ops", "dev"], mapping)).toEqual(["viewer", "operator"]);
    expect(rolesFor(["dev"], mapping)).toEqual(["viewer"]);
    expect(rolesFor([], mapping)).toEqual(["viewer"]);
  });

  it("gives no role at all to an unlisted person when there is no *", () => {
    expect(rolesFor(["dev"], mappingOf("ops=operator"))).toEqual([]);
  });

  it("matches group names exactly (case and all)", () => {
    expect(rolesFor(["Ops", "ops-team"], mappingOf("ops=operator"))).toEqual([]);
  });

  it("takes group names that hold = (an LDAP DN)", () => {
    const dn = mappingOf("cn=ops;ou=groups=operator");
    expect(rolesFor(["cn=ops;ou=groups"], dn)).toEqual(["operator"]);
  });

  it.each([
    ["admins", "is not group=role"],
    ["=admin", "is not group=role"],
    ["admins=superuser", '"superuser" is not a role'],
    [" , ", "names no group"],
  ])("refuses %j", (text, message) => {
    const parsed = parseRoleMapping(text);
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});

describe("a roles claim", () => {
  it("is an array, a single string, or a dotted path into an object", () => {
    expect(claimValues({ groups: ["a", "b", 3] }, "groups")).toEqual(["a", "b"]);
    expect(claimValues({ role: "ops" }, "role")).toEqual(["ops"]);
    expect(claimValues({ realm_access: { roles: ["ops"] } }, "realm_access.roles")).toEqual([
      "ops",
    ]);
    expect(
      claimValues({ "https://example.com/roles": ["ops"] }, "https://example.com/roles"),
    ).toEqual(["ops"]);
    expect(claimValues({}, "groups")).toEqual([]);
  });
});

describe("TRUSTED_PROXIES", () => {
  const parsed = parseTrustedProxies("10.0.0.0/16, 192.168.1.5, fd00::/8");
  const entries = parsed.ok ? parsed.entries : [];

  it("believes addresses inside the listed ranges, and no others", () => {
    expect(isTrustedProxy("10.0.255.1", entries)).toBe(true);
    expect(isTrustedProxy("192.168.1.5", entries)).toBe(true);
    expect(isTrustedProxy("fd12::1", entries)).toBe(true);
    expect(isTrustedProxy("10.1.0.1", entries)).toBe(false);
    expect(isTrustedProxy("192.168.1.6", entries)).toBe(false);
    expect(isTrustedProxy("127.0.0.1", entries)).toBe(false);
    expect(isTrustedProxy(undefined, entries)).toBe(false);
    expect(isTrustedProxy("", entries)).toBe(false);
    expect(isTrustedProxy("not-an-ip", entries)).toBe(false);
  });

  it("sees an IPv4 client of a dual-stack socket (::ffff:10.0.0.9) as its IPv4 address", () => {
    expect(isTrustedProxy("::ffff:10.0.0.9", entries)).toBe(true);
    expect(isTrustedProxy("::ffff:10.9.0.9", entries)).toBe(false);
  });
});

describe("where sign-in returns to", () => {
  it.each([
    ["/services/api/abc?tab=logs", "/services/api/abc?tab=logs"],
    ["/services?_rsc=1x2y", "/services"],
    [undefined, "/services"],
    ["", "/services"],
    ["https://evil.example.com/", "/services"],
    ["//evil.example.com/", "/services"],
    ["/\\evil.example.com/", "/services"],
    ["services", "/services"],
    ["javascript:alert(1)", "/services"],
    ["/sign-in?returnTo=/x", "/services"],
    ["/auth/callback?code=1", "/services"],
  ])("%j → %j", (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it("is carried by the sign-in page's address, with why when the session ran out", () => {
    expect(signInPath("/services/new/source", "expired")).toBe(
      "/sign-in?returnTo=%2Fservices%2Fnew%2Fsource&reason=expired",
    );
  });
});
