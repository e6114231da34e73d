/**
 * The form of a service's URL, and the reading of a request's Host header back to a service.
 *
 * App Runner gives each service `<10 characters>.<region>.awsapprunner.com`. Here the same ten
 * characters and region are kept and the domain is `localhost` with the emulator's own port:
 * `psbqam834h.us-east-1.localhost:4599`. Browsers and curl send every `*.localhost` name to
 * loopback, so the URL opens without DNS or /etc/hosts, and the emulator answers it on the port
 * it already listens on (Host-based routing; no second listener).
 *
 * `--service-urls aws` keeps AWS's form (the default with `--code-services simulate`, where the
 * conformance suite checks ServiceUrl against AWS's format). The proxy answers both forms, so a
 * script can still reach an `aws`-form service with `curl -H "Host: $ServiceUrl" <endpoint>`.
 */
export type ServiceUrlForm = "local" | "aws";

export type ServiceHost = { slug: string; region: string };

/** `slug.region.localhost` or `slug.region.awsapprunner.com`, with the port already removed. */
const SERVICE_HOST =
  /^([a-z0-9]{10})\.([a-z0-9]+(?:-[a-z0-9]+)*)\.(?:localhost|awsapprunner\.com)$/;
/** Names only a service URL uses: anything else under them is an unknown service. */
const SERVICE_DOMAIN = /(?:^|\.)(?:localhost|awsapprunner\.com)$/;

/** The host name of a Host header: lower case, without port or trailing dot. */
export function hostName(header: string | undefined): string {
  if (!header) return "";
  const host = header.toLowerCase();
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0]!;
  return name.endsWith(".") ? name.slice(0, -1) : name;
}

/**
 * What a Host header names: a service host (its slug and region), some other name under the
 * service domains (`unknown`: answered 404, never the API), or `api` for everything else
 * (`127.0.0.1`, `localhost`, a machine name), which keeps reaching the App Runner API.
 */
export function classifyHost(header: string | undefined): ServiceHost | "unknown" | "api" {
  const name = hostName(header);
  const match = SERVICE_HOST.exec(name);
  if (match) return { slug: match[1]!, region: match[2]! };
  if (name !== "localhost" && SERVICE_DOMAIN.test(name)) return "unknown";
  return "api";
}

/** The ten-character part and region of a stored ServiceUrl of either form. */
export function parseServiceUrl(url: string): ServiceHost | undefined {
  const found = classifyHost(url);
  return typeof found === "object" ? found : undefined;
}

export class ServiceUrls {
  private port = 0;

  constructor(readonly form: ServiceUrlForm) {}

  /** Set once the emulator listens (the port may have been 0, any free one). */
  listening(port: number): void {
    this.port = port;
  }

  /** A ServiceUrl as DescribeService answers it: host and, for the local form, port. */
  mint(slug: string, region: string): string {
    return this.form === "aws"
      ? `${slug}.${region}.awsapprunner.com`
      : `${slug}.${region}.localhost:${this.port}`;
  }

  /** The same service's URL in the current form (after a restart on another port or form). */
  current(url: string): string {
    const parts = parseServiceUrl(url);
    return parts ? this.mint(parts.slug, parts.region) : url;
  }
}
