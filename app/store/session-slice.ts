// Who is signed in, and the actions that change it.
import type { StateCreator } from "zustand";
import type { Credentials, Me } from "../../worker/protocol/rest";
import { authApi } from "../api/endpoints";
import { ApiRequestError } from "../api/http";
import type { AppState } from "./index";

export type SessionStatus = "checking" | "signed-in" | "signed-out";

export interface SessionSlice {
  user: Me | null;
  sessionStatus: SessionStatus;
  /** The account was created in this tab: the dashboard greets it for the first time. */
  newAccount: boolean;
  checkSession: () => Promise<void>;
  signIn: (mode: "login" | "register", credentials: Credentials) => Promise<void>;
  signOut: () => Promise<void>;
  sessionEnded: () => void;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => ({
  user: null,
  sessionStatus: "checking",
  newAccount: false,

  checkSession: async () => {
    try {
      const user = await authApi.me();
      set({ user, sessionStatus: "signed-in" });
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 401) get().sessionEnded();
      // Offline or server trouble: stay "checking" would hang the UI, so treat as signed out.
      else set({ user: null, sessionStatus: "signed-out" });
    }
  },

  signIn: async (mode, credentials) => {
    const user = mode === "login" ? await authApi.login(credentials) : await authApi.register(credentials);
    set({ user, sessionStatus: "signed-in", newAccount: mode === "register" });
  },

  signOut: async () => {
    await authApi.logout();
    get().sessionEnded();
  },

  sessionEnded: () => {
    set({ user: null, sessionStatus: "signed-out", newAccount: false });
    get().resetInterviews();
  },
});
