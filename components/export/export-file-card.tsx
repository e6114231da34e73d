"use client";

import { Download } from "lucide-react";

import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import type { ExportFile } from "@/lib/export/export-files";

import { downloadText } from "./download-text";

/** One export: its name, Copy and Download always in reach, the text itself behind a disclosure. */
export function ExportFileCard({ file, level }: { file: ExportFile; level: 3 | 4 }) {
  const Heading = `h${level}` as const;
  const headingId = `export-${file.id}`;
  return (
    <li
      aria-labelledby={headingId}
      className="space-y-2 rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
    >
      <Heading id={headingId} className="font-medium">
        {file.title}
      </Heading>
      <p className="font-mono text-xs [overflow-wrap:anywhere] text-zinc-700 dark:text-zinc-300">
        {file.fileName}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton value={file.text} label="Copy" context={file.title} />
        <Button
          variant="secondary"
          onClick={() => downloadText(file.fileName, file.text, file.mediaType)}
        >
          <Download aria-hidden="true" className="size-4" />
          Download<span className="sr-only"> {file.title}</span>
        </Button>
      </div>
      <details>
        <summary className="cursor-pointer text-sm text-sky-800 underline dark:text-sky-300">
          Show<span className="sr-only"> {file.title}</span>
        </summary>
        <pre
          tabIndex={0}
          aria-label={file.title}
          className="mt-2 max-h-96 overflow-auto rounded-md bg-zinc-100 p-3 text-xs dark:bg-zinc-900"
        >
          <code>{file.text}</code>
        </pre>
      </details>
    </li>
  );
}
