// Opens the live connection for the room while it is on screen and feeds every frame to the store.
import { useEffect, useState } from "react";
import { useLiveStore } from "./live-store";
import { LiveConnection } from "./live-connection";

export function useLiveRoom(interviewId: string | null): LiveConnection | null {
  const [connection, setConnection] = useState<LiveConnection | null>(null);

  useEffect(() => {
    if (!interviewId) return;
    const store = useLiveStore.getState();
    store.resetLive();
    const live = new LiveConnection(interviewId, {
      onMessage: (message) => useLiveStore.getState().receive(message),
      onConnection: (state) => useLiveStore.getState().setConnection(state),
      onRestoring: (restoring) => useLiveStore.getState().setRestoring(restoring),
      lastSeq: () => useLiveStore.getState().live.seq,
    });
    // Published from a callback, not synchronously in the effect body.
    queueMicrotask(() => setConnection(live));
    return () => {
      live.close();
      setConnection(null);
    };
  }, [interviewId]);

  return connection;
}
