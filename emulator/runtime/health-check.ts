/**
 * One health check probe, as App Runner makes them: TCP (a connection opens) or HTTP (a GET of
 * the path answers 2xx), each given up after the configured timeout.
 */
import { request } from "node:http";
import { connect } from "node:net";

export type HealthSettings = {
  protocol: "TCP" | "HTTP";
  path: string;
  intervalMs: number;
  timeoutMs: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
};

export function probe(port: number, settings: HealthSettings): Promise<boolean> {
  return settings.protocol === "HTTP" ? httpProbe(port, settings) : tcpProbe(port, settings);
}

function tcpProbe(port: number, { timeoutMs }: HealthSettings): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

function httpProbe(port: number, { path, timeoutMs }: HealthSettings): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(ok);
    };
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "GET",
        agent: false,
        headers: { "user-agent": "ELB-HealthChecker/2.0" },
      },
      (res) => {
        res.resume();
        done((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300);
      },
    );
    const timer = setTimeout(() => done(false), timeoutMs);
    req.once("error", () => done(false));
    req.end();
  });
}
