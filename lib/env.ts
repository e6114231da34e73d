import { z } from "zod";

import {
  authDefaults,
  authSettingsShape,
  resolveAuthSettings,
  SECRET_AUTH_SETTINGS,
  type AuthSettings,
} from "./auth/auth-settings";
import { parseAllowedHosts } from "./http/allowed-hosts";

const POSTGRES_URL = "must be a postgres:// or postgresql:// URL";

/**
 * Runnerdeck's settings, validated once. `parseSettings` is pure so the launcher, the server
 * and the tests all read the environment the same way.
 */
const settingsSchema = z.object({
  APPRUNNER_BACKEND: z.enum(["emulator", "aws"], {
    error: 'must be "emulator" or "aws"',
  }),
  APPRUNNER_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
    .optional(),
  AWS_REGION: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: "must be an AWS region such as us-east-1" }),
  HOST: z.string().min(1, { error: "must be a host name or IP address" }),
  PORT: z.coerce
    .number({ error: "must be a port number from 1 to 65535" })
    .int({ error: "must be a port number from 1 to 65535" })
    .min(1, { error: "must be a port number from 1 to 65535" })
    .max(65535, { error: "must be a port number from 1 to 65535" }),
  /** Set by the launcher (`npm start`, `npm run dev`) to the embedded emulator's endpoint. */
  RUNNERDECK_EMULATOR_ENDPOINT: z.url().optional(),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: POSTGRES_URL })
    // The URL parser also takes `postgres:host`; pg would not.
    .regex(/^postgres(ql)?:\/\//i, { error: POSTGRES_URL })
    .optional(),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" })
    .optional(),
  RUNNERDECK_DATA_DIR: z.string(),
  /** More host names the dashboard answers to (see lib/http/allowed-hosts.ts). */
  ALLOWED_HOSTS: z.string().transform((text, ctx) => {
    const parsed = parseAllowedHosts(text);
    if (parsed.ok) return parsed.entries;
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }),
  ...authSettingsShape,
});

/** Settings that may hold a password: a refusal names them but does not repeat their value. */
const SECRET_SETTINGS = new Set<string>(["DATABASE_URL", "REDIS_URL", ...SECRET_AUTH_SETTINGS]);

const defaults = {
  APPRUNNER_BACKEND: "emulator",
  AWS_REGION: "us-east-1",
  HOST: "127.0.0.1",
  PORT: "3000",
  RUNNERDECK_DATA_DIR: ".data",
  ALLOWED_HOSTS: "",
  ...authDefaults,
} as const;

export type Settings = {
  backend: "emulator" | "aws";
  /** Explicit App Runner-compatible endpoint; wins over the backend choice. */
  endpoint: string | undefined;
  /** The embedded emulator's endpoint, when the launcher started one. */
  emulatorEndpoint: string | undefined;
  region: string;
  host: string;
  port: number;
  /** PostgreSQL for the dashboard's store (several replicas); unset: SQLite under `dataDir`. */
  databaseUrl: string | undefined;
  /** Redis (or Valkey) the replicas share their watch hub and submission tokens through. */
  redisUrl: string | undefined;
  /** Where the dashboard keeps its own files; the store's SQLite file is `dashboard.sqlite`. */
  dataDir: string;
  /** ALLOWED_HOSTS: more names (with an optional port) people open the dashboard by. */
  allowedHosts: string[];
  /** The address people open (PUBLIC_URL, an origin without a trailing slash). */
  publicUrl: string;
  /** IPs and CIDRs whose forwarded and identity headers are believed; empty: nobody's. */
  trustedProxies: string[];
  /** Who may sign in and how (AUTH_MODE and what it needs). */
  auth: AuthSettings;
};

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: string };

type Env = Record<string, string | undefined>;

export function parseSettings(env: Env): SettingsResult {
  const input: Record<string, string> = { ...defaults };
  for (const key of Object.keys(settingsSchema.shape)) {
    const value = env[key];
    // An empty variable means "unset", as in most shells' `FOO= cmd`.
    if (value !== undefined && value !== "") input[key] = value;
  }
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    const shown = SECRET_SETTINGS.has(name)
      ? ""
      : `=${JSON.stringify(withoutUserinfo(input[name] ?? ""))}`;
    return { ok: false, error: `Invalid setting ${name}${shown}: ${issue.message}.` };
  }
  const s = parsed.data;
  const auth = resolveAuthSettings(s, s.HOST, s.PORT, s.AWS_REGION);
  if (!auth.ok) return auth;
  return {
    ok: true,
    settings: {
      backend: s.APPRUNNER_BACKEND,
      endpoint: s.APPRUNNER_ENDPOINT,
      emulatorEndpoint: s.RUNNERDECK_EMULATOR_ENDPOINT,
      region: s.AWS_REGION,
      host: s.HOST,
      port: s.PORT,
      databaseUrl: s.DATABASE_URL,
      redisUrl: s.REDIS_URL,
      dataDir: s.RUNNERDECK_DATA_DIR,
      allowedHosts: s.ALLOWED_HOSTS,
      ...auth.value,
    },
  };
}

let cached: Settings | undefined;

/** The process's settings; throws with the one-line message when they are invalid. */
export function getSettings(): Settings {
  if (cached) return cached;
  const result = parseSettings(process.env);
  if (!result.ok) throw new Error(result.error);
  cached = result.settings;
  return cached;
}

/** What the dashboard is connected to, as the badge in the shell shows it. */
export type Connection =
  | { kind: "emulator"; endpoint: string | undefined; region: string }
  | { kind: "aws"; region: string }
  | { kind: "endpoint"; endpoint: string; region: string };

/**
 * A URL as it may be shown: `http://user:pass@host` loses `user:pass@`. An endpoint's password
 * belongs in the request, never on a page or in a log.
 */
export function withoutUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1");
}

export function describeConnection(settings: Settings): Connection {
  if (settings.endpoint)
    return {
      kind: "endpoint",
      endpoint: withoutUserinfo(settings.endpoint),
      region: settings.region,
    };
  if (settings.backend === "aws") return { kind: "aws", region: settings.region };
  return { kind: "emulator", endpoint: settings.emulatorEndpoint, region: settings.region };
}
