/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (e.g. two test runs) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // SQLite stays on the server; never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  experimental: {
    serverActions: {
      // lib/http/body-size.ts's BODY_LIMIT_BYTES; proxy.ts answers 413 before Next.js would 500.
      bodySizeLimit: "1mb",
    },
    // What Next.js buffers of a body for proxy.ts: twice the limit, so proxy.ts always sees a
    // body over the limit as over it (Next.js cuts its copy off here without saying so).
    proxyClientMaxBodySize: "2mb",
  },
};

module.exports = nextConfig;
