import { sseFrame } from "./sse-frame";

export type WatchEvent = "service" | "log" | "status";

/** One message of a service's stream, serialised once and shared by every viewer. */
export type WatchMessage = {
  id: number;
  event: WatchEvent;
  data: string;
  /** The message as SSE text. */
  frame: string;
};

export interface WatchSubscriber {
  send(message: WatchMessage): void;
  /** The loop ended for good (the service is gone, or the server is shutting down). */
  close?(): void;
}

export function watchMessage(id: number, event: WatchEvent, body: unknown): WatchMessage {
  const data = JSON.stringify(body);
  return { id, event, data, frame: sseFrame(id, event, data) };
}
