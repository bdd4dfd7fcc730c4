// The live interview the room shows: state rebuilt from the server's frames, connection health,
// and the last error the server sent. A store of its own, loaded with the room, so the sign-in page
// and the dashboard do not carry it.
import { create } from "zustand";
import type { ServerMessage } from "../../worker/protocol/socket";
import type { ConnectionState } from "./live-connection";
import { applyServerMessage, emptyLiveState, type LiveState } from "./live-state";

export interface LiveStore {
  live: LiveState;
  connection: ConnectionState;
  socketError: string | null;
  /** Audio an earlier page kept (a reload or a crash mid-answer) is on its way to the server. */
  restoring: boolean;
  receive: (message: ServerMessage) => void;
  setConnection: (connection: ConnectionState) => void;
  setRestoring: (restoring: boolean) => void;
  clearSocketError: () => void;
  resetLive: () => void;
}

export const useLiveStore = create<LiveStore>()((set) => ({
  live: emptyLiveState,
  connection: "connecting",
  socketError: null,
  restoring: false,

  receive: (message) =>
    set((state) => ({
      live: applyServerMessage(state.live, message),
      socketError: message.type === "error" ? message.message : state.socketError,
    })),
  setConnection: (connection) => set({ connection }),
  setRestoring: (restoring) => set({ restoring }),
  clearSocketError: () => set({ socketError: null }),
  resetLive: () => set({ live: emptyLiveState, connection: "connecting", socketError: null, restoring: false }),
}));
