// The signed-in user's interview history as the dashboard shows it, and the actions on it.
import type { StateCreator } from "zustand";
import type { NewInterviewInput } from "../../worker/protocol/job-posting";
import type { InterviewListItem, InterviewSummary } from "../../worker/protocol/rest";
import { interviewsApi } from "../api/endpoints";
import { ApiRequestError } from "../api/http";
import type { AppState } from "./index";

export type LoadStatus = "idle" | "loading" | "loaded" | "failed";

export interface InterviewsSlice {
  interviews: InterviewListItem[];
  nextCursor: string | null;
  listStatus: LoadStatus;
  listError: string | null;
  loadInterviews: (more?: boolean) => Promise<void>;
  createInterview: (input: NewInterviewInput) => Promise<InterviewSummary>;
  deleteInterview: (interviewId: string) => Promise<void>;
  resetInterviews: () => void;
}

const message = (error: unknown) =>
  error instanceof ApiRequestError ? error.message : "Something went wrong. Please try again.";

export const createInterviewsSlice: StateCreator<AppState, [], [], InterviewsSlice> = (set, get) => {
  /** Interviews deleted here: a list page asked for before a delete finished must not bring one back. */
  const deleted = new Set<string>();
  const kept = (items: InterviewListItem[]) => items.filter((i) => !deleted.has(i.interviewId));

  return {
    interviews: [],
    nextCursor: null,
    listStatus: "idle",
    listError: null,

    loadInterviews: async (more = false) => {
      set({ listStatus: "loading", listError: null });
      try {
        const page = await interviewsApi.list(more ? get().nextCursor : null);
        set((state) => ({
          interviews: kept(more ? [...state.interviews, ...page.interviews] : page.interviews),
          nextCursor: page.nextCursor,
          listStatus: "loaded",
        }));
      } catch (error) {
        set({ listStatus: "failed", listError: message(error) });
      }
    },

    createInterview: async (input) => {
      const interview = await interviewsApi.create(input);
      set((state) => ({ interviews: [{ ...interview, report: null }, ...state.interviews] }));
      return interview;
    },

    deleteInterview: async (interviewId) => {
      await interviewsApi.remove(interviewId);
      deleted.add(interviewId);
      set((state) => ({ interviews: state.interviews.filter((i) => i.interviewId !== interviewId) }));
    },

    resetInterviews: () => set({ interviews: [], nextCursor: null, listStatus: "idle", listError: null }),
  };
};
