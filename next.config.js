/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (e.g. two test runs) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // SQLite stays on the server; never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
};

module.exports = nextConfig;
