// What the Durable Object remembers about each socket. What must survive hibernation (which interview
// it belongs to, when it opened) lives in the socket's attachment; the frame-rate window lives in
// memory, because writing the attachment on every frame costs more than the frame itself, and a
// window lost to hibernation only means a fresh one.
import { FRAME_FLOOD_FACTOR, FRAME_WINDOW_MS, FRAMES_PER_SECOND_MAX } from "../protocol/audio";
import type { ServerMessage } from "../protocol/socket";
import { z } from "../protocol/zod-mini";

const socketStateSchema = z.object({
  interviewId: z.string(),
  /** When the socket was accepted (ms since epoch): the oldest is closed first when too many are open. */
  openedAtMs: z.optional(z.number()),
  /**
   * Whether the client has said hello on it, so its 101 has surely reached the client. A socket closed
   * before then never tells its client (the close is lost with the upgrade still in flight), so only
   * greeted sockets are closed to make room, or ones open longer than UNGREETED_GRACE_MS.
   */
  greeted: z.optional(z.boolean()),
});
export type SocketState = z.infer<typeof socketStateSchema>;

/** A socket that has not said hello after this long (ms) is closed to make room all the same: its client had time. */
export const UNGREETED_GRACE_MS = 10_000;

/** The socket's attachment, parsed; throws if it is not ours (every socket we accept gets one). */
export function readState(ws: WebSocket): SocketState {
  return socketStateSchema.parse(ws.deserializeAttachment());
}

/** Records that the client said hello on this socket (one attachment write per socket). */
export function markGreeted(ws: WebSocket): void {
  const state = readState(ws);
  if (!state.greeted) ws.serializeAttachment({ ...state, greeted: true } satisfies SocketState);
}

const FRAMES_PER_WINDOW = (FRAMES_PER_SECOND_MAX * FRAME_WINDOW_MS) / 1000;
const windows = new WeakMap<WebSocket, { startMs: number; frames: number }>();

/**
 * Counts a frame against the socket's budget (FRAMES_PER_SECOND_MAX over FRAME_WINDOW_MS):
 * - "admit": handle it;
 * - "refuse": the first frame over the budget in this window, answered with one rate_limited error;
 * - "drop": over the budget again, ignored without a reply (each reply would cost as much as the frame);
 * - "close": FRAME_FLOOD_FACTOR times the budget; no page of ours does that.
 */
export function admitFrame(ws: WebSocket, now: number): "admit" | "refuse" | "drop" | "close" {
  let window = windows.get(ws);
  if (!window || now - window.startMs >= FRAME_WINDOW_MS) windows.set(ws, (window = { startMs: now, frames: 0 }));
  window.frames += 1;
  if (window.frames <= FRAMES_PER_WINDOW) return "admit";
  if (window.frames === FRAMES_PER_WINDOW + 1) return "refuse";
  return window.frames > FRAMES_PER_WINDOW * FRAME_FLOOD_FACTOR ? "close" : "drop";
}

/** The one way the server writes to a socket: typed, and quiet if the socket is already gone. */
export function send(ws: WebSocket, message: ServerMessage): void {
  try {
    ws.send(JSON.stringify(message));
  } catch {
    // Closed between our check and the send: the client will resume from its last seq.
  }
}

/** Closes a socket from the server side, quietly if it is already closing. */
export function closeSocket(ws: WebSocket, code: number, reason: string): void {
  try {
    ws.close(code, reason);
  } catch {
    // Already closed.
  }
}
