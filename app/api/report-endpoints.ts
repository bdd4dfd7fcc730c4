// The feedback report's REST calls, used by the report under a finished interview. Apart from
// endpoints.ts because the report's schema is classic zod: it loads with the room, not with the
// sign-in page and dashboard.
import { reportSchema } from "../../worker/protocol/report";
import { request } from "./http";

const reportPath = (interviewId: string) => `/interviews/${encodeURIComponent(interviewId)}/report`;

export const reportApi = {
  get: (interviewId: string) => request("GET", reportPath(interviewId), { schema: reportSchema }),
  /** Asks the server to write the report again: 409 unless the interview is completed. */
  rewrite: (interviewId: string) => request("POST", reportPath(interviewId), { schema: reportSchema }),
};
