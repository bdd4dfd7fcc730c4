// The app's Zustand store, made of slices; each slice keeps its actions beside its state. The live
// room has a store of its own (app/live/live-store.ts), loaded with the room.
import { create } from "zustand";
import { setUnauthorizedHandler } from "../api/http";
import { createInterviewsSlice, type InterviewsSlice } from "./interviews-slice";
import { createSessionSlice, type SessionSlice } from "./session-slice";

export type AppState = SessionSlice & InterviewsSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createInterviewsSlice(...a),
}));

// Any 401 from the API means the session is over (expired, signed out elsewhere).
setUnauthorizedHandler(() => {
  if (useAppStore.getState().sessionStatus === "signed-in") useAppStore.getState().sessionEnded();
});
