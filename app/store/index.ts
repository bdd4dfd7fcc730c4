// The app's one Zustand store, made of slices; each slice keeps its actions beside its state.
import { create } from "zustand";
import { setUnauthorizedHandler } from "../api/http";
import { createInterviewsSlice, type InterviewsSlice } from "./interviews-slice";
import { createLiveSlice, type LiveSlice } from "./live-slice";
import { createSessionSlice, type SessionSlice } from "./session-slice";

export type AppState = SessionSlice & InterviewsSlice & LiveSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createInterviewsSlice(...a),
  ...createLiveSlice(...a),
}));

// Any 401 from the API means the session is over (expired, signed out elsewhere).
setUnauthorizedHandler(() => {
  if (useAppStore.getState().sessionStatus === "signed-in") useAppStore.getState().sessionEnded();
});
