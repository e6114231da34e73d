/**
 * The pages the emulator itself answers a service URL with, when no instance of the app does:
 * simulated services, paused or unfinished ones, unknown hosts and unreachable instances. Small
 * self-contained HTML (no scripts, no outside resources), every value escaped.
 */
import type { ServerResponse } from "node:http";

import type { ServiceDoc } from "../shapes/service";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type Page = {
  status: number;
  title: string;
  /** Paragraphs of plain text (escaped here). */
  lines: string[];
  /** Term and value pairs shown as a description list (escaped here). */
  facts?: [string, string][];
  /** Extra response headers (e.g. Retry-After). */
  headers?: Record<string, string>;
};

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}" +
  "h1{font-size:1.4rem}dl{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.25rem 1rem}" +
  "dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}small{color:#555}";

export function renderPage(page: Page): string {
  const facts = page.facts?.length
    ? `<dl>${page.facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl>`
    : "";
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(page.title)}</title><style>${STYLE}</style></head><body><main>` +
    `<h1>${escapeHtml(page.title)}</h1>` +
    page.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("") +
    facts +
    `<p><small>Answered by the local App Runner emulator.</small></p></main></body></html>`
  );
}

export function sendPage(res: ServerResponse, page: Page, method = "GET"): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = renderPage(page);
  res.writeHead(page.status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    ...page.headers,
  });
  res.end(method === "HEAD" ? undefined : body);
}

/** What the service runs and with which settings; variable names only, never their values. */
export function serviceFacts(doc: ServiceDoc): [string, string][] {
  const facts: [string, string][] = [
    ["Service", doc.ServiceName],
    ["Status", doc.Status],
  ];
  const { ImageRepository: image, CodeRepository: code } = doc.SourceConfiguration;
  if (image) {
    const config = image.ImageConfiguration;
    facts.push(["Image", image.ImageIdentifier], ["Repository type", image.ImageRepositoryType]);
    if (config?.Port) facts.push(["Port", config.Port]);
    if (config?.StartCommand) facts.push(["Start command", config.StartCommand]);
    const names = [
      ...Object.keys(config?.RuntimeEnvironmentVariables ?? {}),
      ...Object.keys(config?.RuntimeEnvironmentSecrets ?? {}),
    ];
    if (names.length) facts.push(["Variables and secrets", names.join(", ")]);
  }
  if (code) {
    facts.push(
      ["Repository", code.RepositoryUrl],
      [`Source (${code.SourceCodeVersion.Type.toLowerCase()})`, code.SourceCodeVersion.Value],
    );
    if (code.SourceDirectory) facts.push(["Source directory", code.SourceDirectory]);
    const configuration = code.CodeConfiguration;
    const values = configuration?.CodeConfigurationValues;
    if (configuration?.ConfigurationSource === "REPOSITORY")
      facts.push(["Configuration", "apprunner.yaml in the repository"]);
    if (values) {
      facts.push(["Runtime", values.Runtime]);
      if (values.BuildCommand) facts.push(["Build command", values.BuildCommand]);
      if (values.StartCommand) facts.push(["Start command", values.StartCommand]);
      if (values.Port) facts.push(["Port", values.Port]);
      const names = [
        ...Object.keys(values.RuntimeEnvironmentVariables ?? {}),
        ...Object.keys(values.RuntimeEnvironmentSecrets ?? {}),
      ];
      if (names.length) facts.push(["Variables and secrets", names.join(", ")]);
    }
  }
  const instance = doc.InstanceConfiguration;
  // Stored in units (1024 = 1 vCPU) and MB, as DescribeService answers.
  facts.push([
    "Instance",
    `${Number(instance.Cpu) / 1024} vCPU, ${Number(instance.Memory) / 1024} GB memory`,
  ]);
  const scaling = doc.AutoScalingConfigurationSummary;
  if (scaling?.AutoScalingConfigurationName)
    facts.push([
      "Auto scaling",
      `${scaling.AutoScalingConfigurationName} (revision ${scaling.AutoScalingConfigurationRevision})`,
    ]);
  const health = doc.HealthCheckConfiguration;
  if (health)
    facts.push([
      "Health check",
      health.Protocol === "HTTP" ? `HTTP ${health.Path ?? "/"}` : (health.Protocol ?? "TCP"),
    ]);
  return facts;
}
