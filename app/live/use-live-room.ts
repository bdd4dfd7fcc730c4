// Opens the live connection for the room while it is on screen and feeds every frame to the store.
import { useEffect, useState } from "react";
import { useAppStore } from "../store";
import { LiveConnection } from "./live-connection";

export function useLiveRoom(interviewId: string | null): LiveConnection | null {
  const [connection, setConnection] = useState<LiveConnection | null>(null);

  useEffect(() => {
    if (!interviewId) return;
    const store = useAppStore.getState();
    store.resetLive();
    const live = new LiveConnection(interviewId, {
      onMessage: (message) => useAppStore.getState().receive(message),
      onConnection: (state) => useAppStore.getState().setConnection(state),
      lastSeq: () => useAppStore.getState().live.seq,
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
