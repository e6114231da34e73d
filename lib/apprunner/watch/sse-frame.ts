/** One Server-Sent Events message. `data` may hold newlines; each line gets its own `data:`. */
export function sseFrame(id: number, event: string, data: string): string {
  const body = data
    .split("\n")
    .map((line) => `data: ${line}`)
    .join("\n");
  return `id: ${id}\nevent: ${event}\n${body}\n\n`;
}

export const SSE_HEARTBEAT = ": heartbeat\n\n";
