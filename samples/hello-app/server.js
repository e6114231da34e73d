// The Runnerdeck sample app: plain Node.js, no dependencies to download.
// Listens on $PORT (App Runner sets it), logs one line per request to stdout (the application
// log), and shows the text of message.txt, so a commit that changes the file changes the page.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const port = Number(process.env.PORT || 8080);
const messageFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  process.env.MESSAGE_FILE || "message.txt",
);

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const server = http.createServer((request, response) => {
  const started = Date.now();
  let message;
  try {
    message = fs.readFileSync(messageFile, "utf8").trim();
  } catch {
    message = "Hello from App Runner";
  }
  const body = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(message)}</title></head>
<body style="font-family: system-ui, sans-serif; margin: 2rem;">
<h1>${escapeHtml(message)}</h1>
<p>Served by hello-app (Node.js ${process.version}) on port ${port}.</p>
</body>
</html>
`;
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  response.end(body);
  console.log(`${request.method} ${request.url} 200 ${Date.now() - started}ms`);
});

server.listen(port, () => {
  console.log(`hello-app listening on port ${port}`);
});

function stop(signal) {
  console.log(`hello-app stopping (${signal})`);
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
