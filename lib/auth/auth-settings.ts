import { z } from "zod";

import { parseRoleMapping, type RoleMapping } from "./role-mapping";
import { parseTrustedProxies } from "./trusted-proxies";

/**
 * The sign-in settings (AUTH_MODE and what each mode needs), as lib/env.ts validates them:
 * each value's form here, then what the chosen mode requires in `resolveAuthSettings`.
 */
export const authSettingsShape = {
  AUTH_MODE: z.enum(["none", "oidc", "proxy"], { error: 'must be "none", "oidc" or "proxy"' }),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
    .regex(/^https?:\/\/[^/?#]+\/?$/i, {
      error:
        "must be just the address people open, without a path (e.g. https://runnerdeck.example.com)",
    })
    .optional(),
  TRUSTED_PROXIES: z.string().optional(),
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/, error: "must be the provider's https:// issuer URL" })
    .optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_SCOPES: z.string().refine((s) => s.split(/\s+/).includes("openid"), {
    error: 'must include "openid" (e.g. openid email profile)',
  }),
  OIDC_ROLES_CLAIM: z.string().min(1),
  OIDC_PROVIDER_NAME: z.string().max(60, { error: "must be at most 60 characters" }).optional(),
  ROLE_MAPPING: z.string().optional(),
  SESSION_SECRET: z
    .string()
    .min(32, { error: "must be at least 32 characters (e.g. openssl rand -base64 32)" })
    .optional(),
  SESSION_MAX_AGE: z.coerce
    .number({ error: "must be a number of seconds from 60 to 2592000 (30 days)" })
    .int({ error: "must be a number of seconds from 60 to 2592000 (30 days)" })
    .min(60, { error: "must be a number of seconds from 60 to 2592000 (30 days)" })
    .max(2_592_000, { error: "must be a number of seconds from 60 to 2592000 (30 days)" }),
  PROXY_EMAIL_HEADER: z.string().regex(/^[A-Za-z0-9-]+$/, { error: "must be a header name" }),
  PROXY_GROUPS_HEADER: z.string().regex(/^[A-Za-z0-9-]+$/, { error: "must be a header name" }),
  ALB_PUBLIC_KEY_URL: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
    .optional(),
  ALB_ARN: z
    .string()
    .regex(/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/app\/.+$/, {
      error: "must be an Application Load Balancer ARN (arn:aws:elasticloadbalancing:…)",
    })
    .optional(),
};

export const authDefaults = {
  AUTH_MODE: "none",
  OIDC_SCOPES: "openid email profile",
  OIDC_ROLES_CLAIM: "groups",
  SESSION_MAX_AGE: String(8 * 60 * 60),
  PROXY_EMAIL_HEADER: "x-forwarded-email",
  PROXY_GROUPS_HEADER: "x-forwarded-groups",
} as const;

/** Settings whose value is never repeated in a refusal. */
export const SECRET_AUTH_SETTINGS = ["OIDC_CLIENT_SECRET", "SESSION_SECRET"] as const;

export type OidcSettings = {
  mode: "oidc";
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  rolesClaim: string;
  /** "Sign in with …": OIDC_PROVIDER_NAME, or the issuer's host name. */
  providerName: string;
  roleMapping: RoleMapping;
  sessionSecret: string;
  /** Seconds a sign-in lasts. */
  sessionMaxAge: number;
};

export type ProxySettings = {
  mode: "proxy";
  /** Header names, lower case. */
  emailHeader: string;
  groupsHeader: string;
  /** The claim of an ALB's x-amzn-oidc-data that holds groups (OIDC_ROLES_CLAIM). */
  rolesClaim: string;
  roleMapping: RoleMapping;
  /** The ALB's public key for a kid is `${albPublicKeyUrl}/${kid}`. */
  albPublicKeyUrl: string;
  /** When set, an ALB token signed by another load balancer is refused. */
  albArn: string | undefined;
};

export type AuthSettings = { mode: "none" } | OidcSettings | ProxySettings;

type AuthValues = z.infer<z.ZodObject<typeof authSettingsShape>>;

export type ResolvedAuth = {
  auth: AuthSettings;
  publicUrl: string;
  trustedProxies: string[];
};

const LOOPBACK_HOSTS = new Set(["localhost", "::1", "[::1]"]);

/** Only a loopback listener may run without sign-in: nobody else can reach it. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

function hostInUrl(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/**
 * Where AWS publishes ALB signing keys for a region: "https://public-keys.auth.elb.region.amazonaws.com/key-id",
 * and for AWS GovCloud (US) an S3 bucket per region (Elastic Load Balancing, Authenticate users
 * using an Application Load Balancer, "User claims encoding and signature verification").
 */
export function albKeyUrl(region: string): string {
  return region.startsWith("us-gov-")
    ? `https://s3-${region}.amazonaws.com/aws-elb-public-keys-prod-${region}`
    : `https://public-keys.auth.elb.${region}.amazonaws.com`;
}

const refuse = (error: string) => ({ ok: false as const, error });

/**
 * What the chosen AUTH_MODE requires, checked together; a refusal is one line that names the
 * setting to change.
 */
export function resolveAuthSettings(
  v: AuthValues,
  host: string,
  port: number,
  region: string,
): { ok: true; value: ResolvedAuth } | { ok: false; error: string } {
  const publicUrl = (v.PUBLIC_URL ?? `http://${hostInUrl(host)}:${port}`).replace(/\/$/, "");

  let trustedProxies: string[] = [];
  if (v.TRUSTED_PROXIES) {
    const parsed = parseTrustedProxies(v.TRUSTED_PROXIES);
    if (!parsed.ok) return refuse(`Invalid setting TRUSTED_PROXIES: ${parsed.error}.`);
    trustedProxies = parsed.entries;
  }

  if (v.AUTH_MODE === "none") {
    if (!isLoopbackHost(host))
      return refuse(
        `HOST=${host} needs sign-in: set AUTH_MODE=oidc or AUTH_MODE=proxy (see README "Running it for a team").`,
      );
    return { ok: true, value: { auth: { mode: "none" }, publicUrl, trustedProxies } };
  }

  const needs = (name: string, what: string) =>
    refuse(`AUTH_MODE=${v.AUTH_MODE} needs ${name}: ${what}.`);
  const roleMapping = (): { ok: true; mapping: RoleMapping } | { ok: false; error: string } => {
    if (!v.ROLE_MAPPING)
      return needs(
        "ROLE_MAPPING",
        "which groups get which role, e.g. admins=admin,ops=operator,*=viewer",
      );
    const parsed = parseRoleMapping(v.ROLE_MAPPING);
    return parsed.ok ? parsed : refuse(`Invalid setting ROLE_MAPPING: ${parsed.error}.`);
  };

  if (v.AUTH_MODE === "proxy") {
    if (trustedProxies.length === 0)
      return needs(
        "TRUSTED_PROXIES",
        "the addresses of the proxy that signs people in, e.g. 10.0.0.0/16",
      );
    const mapping = roleMapping();
    if (!mapping.ok) return mapping;
    const albRegion = v.ALB_ARN?.split(":")[3] ?? region;
    return {
      ok: true,
      value: {
        auth: {
          mode: "proxy",
          emailHeader: v.PROXY_EMAIL_HEADER.toLowerCase(),
          groupsHeader: v.PROXY_GROUPS_HEADER.toLowerCase(),
          rolesClaim: v.OIDC_ROLES_CLAIM,
          roleMapping: mapping.mapping,
          albPublicKeyUrl: (v.ALB_PUBLIC_KEY_URL ?? albKeyUrl(albRegion)).replace(/\/$/, ""),
          albArn: v.ALB_ARN,
        },
        publicUrl,
        trustedProxies,
      },
    };
  }

  if (!v.OIDC_ISSUER)
    return needs("OIDC_ISSUER", "the provider's issuer URL, e.g. https://login.example.com");
  const issuer = new URL(v.OIDC_ISSUER);
  // Tokens and the client secret cross this connection; plain http only to a provider on this machine.
  if (issuer.protocol !== "https:" && !isLoopbackHost(issuer.hostname))
    return refuse(
      "Invalid setting OIDC_ISSUER: must be an https:// URL (http:// only for a provider on loopback).",
    );
  if (!v.OIDC_CLIENT_ID)
    return needs("OIDC_CLIENT_ID", "the client id registered with the provider");
  if (!v.OIDC_CLIENT_SECRET)
    return needs("OIDC_CLIENT_SECRET", "the client secret registered with the provider");
  if (!v.SESSION_SECRET)
    return needs("SESSION_SECRET", "at least 32 random characters (e.g. openssl rand -base64 32)");
  if (!v.PUBLIC_URL && !isLoopbackHost(host))
    return needs(
      "PUBLIC_URL",
      "the address people open, for the provider's redirect (e.g. https://runnerdeck.example.com)",
    );
  const mapping = roleMapping();
  if (!mapping.ok) return mapping;
  return {
    ok: true,
    value: {
      auth: {
        mode: "oidc",
        issuer: v.OIDC_ISSUER,
        clientId: v.OIDC_CLIENT_ID,
        clientSecret: v.OIDC_CLIENT_SECRET,
        scopes: v.OIDC_SCOPES.trim().split(/\s+/).join(" "),
        rolesClaim: v.OIDC_ROLES_CLAIM,
        providerName: v.OIDC_PROVIDER_NAME || issuer.hostname,
        roleMapping: mapping.mapping,
        sessionSecret: v.SESSION_SECRET,
        sessionMaxAge: v.SESSION_MAX_AGE,
      },
      publicUrl,
      trustedProxies,
    },
  };
}
