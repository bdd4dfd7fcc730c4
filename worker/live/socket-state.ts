// What the Durable Object remembers about each socket. It lives in the socket's attachment, not in
// memory, because the object may hibernate between any two frames.
import { FRAME_WINDOW_MS, FRAMES_PER_SECOND_MAX } from "../protocol/audio";
import type { ServerMessage } from "../protocol/socket";

export interface SocketState {
  interviewId: string;
  /** Start of the current rate-limit window and frames seen in it. */
  windowStartMs: number;
  frames: number;
}

export function readState(ws: WebSocket): SocketState {
  return ws.deserializeAttachment() as SocketState;
}

/** Counts a frame against the socket's budget; false means it is over the limit and must be refused. */
export function admitFrame(ws: WebSocket, now: number): boolean {
  const state = readState(ws);
  const fresh = now - state.windowStartMs >= FRAME_WINDOW_MS;
  const next: SocketState = fresh ? { ...state, windowStartMs: now, frames: 1 } : { ...state, frames: state.frames + 1 };
  ws.serializeAttachment(next);
  return next.frames <= (FRAMES_PER_SECOND_MAX * FRAME_WINDOW_MS) / 1000;
}

/** The one way the server writes to a socket: typed, and quiet if the socket is already gone. */
export function send(ws: WebSocket, message: ServerMessage): void {
  try {
    ws.send(JSON.stringify(message));
  } catch {
    // Closed between our check and the send: the client will resume from its last seq.
  }
}
