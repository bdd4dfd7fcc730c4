// What the Durable Object remembers about each socket. What must survive hibernation (which interview
// it belongs to, when it opened) lives in the socket's attachment; the frame-rate window lives in
// memory, because writing the attachment on every frame costs more than the frame itself, and a
// window lost to hibernation only means a fresh one.
import { FRAME_FLOOD_FACTOR, FRAME_WINDOW_MS, FRAMES_PER_SECOND_MAX } from "../protocol/audio";
import type { ServerMessage } from "../protocol/socket";

export interface SocketState {
  interviewId: string;
  /** When the socket was accepted (ms since epoch): the oldest is closed first when too many are open. */
  openedAtMs: number;
}

export function readState(ws: WebSocket): SocketState {
  return ws.deserializeAttachment() as SocketState;
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
