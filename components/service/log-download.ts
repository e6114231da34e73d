import type { LogLine } from "@/lib/apprunner/watch/wire";

/** Saves lines as a text file, one `ISO-time message` per line. */
export function downloadLog(fileName: string, lines: LogLine[]): void {
  const text = lines.map((l) => `${new Date(l.timestamp).toISOString()} ${l.message}`).join("\n");
  const url = URL.createObjectURL(new Blob([`${text}\n`], { type: "text/plain" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
