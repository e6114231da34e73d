/**
 * Preloaded into the dashboard's Node process by the launcher (`node --require`): for every
 * HTTP request, before Next.js sees it, the header x-runnerdeck-peer-address becomes the
 * address of the TCP peer, replacing anything the client sent under that name. See
 * peer-address.ts for why. Plain CommonJS: it runs before anything is compiled.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, for `node --require`
const { subscribe } = require("node:diagnostics_channel");

const HEADER = "x-runnerdeck-peer-address";

subscribe("http.server.request.start", ({ request, socket }) => {
  request.headers[HEADER] = socket.remoteAddress ?? "";
});

globalThis[Symbol.for("runnerdeck.peerAddressStamped")] = true;
