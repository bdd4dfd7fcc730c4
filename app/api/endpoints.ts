// Typed calls for each REST endpoint, named by what they do. The report's are in report-endpoints.ts.
import {
  interviewDetailSchema,
  interviewPageSchema,
  interviewSummarySchema,
  meSchema,
  type Credentials,
} from "../../worker/protocol/rest";
import type { NewInterviewInput } from "../../worker/protocol/job-posting";
import { progressSchema } from "../../worker/protocol/progress";
import { request } from "./http";

export const progressApi = {
  get: () => request("GET", "/progress", { schema: progressSchema }),
};

export const authApi = {
  register: (credentials: Credentials) => request("POST", "/auth/register", { body: credentials, schema: meSchema }),
  login: (credentials: Credentials) => request("POST", "/auth/login", { body: credentials, schema: meSchema }),
  logout: () => request("POST", "/auth/logout"),
  me: () => request("GET", "/auth/me", { schema: meSchema }),
};

export const interviewsApi = {
  create: (input: NewInterviewInput) => request("POST", "/interviews", { body: input, schema: interviewSummarySchema }),
  list: (cursor?: string | null) =>
    request("GET", `/interviews${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`, { schema: interviewPageSchema }),
  get: (interviewId: string) =>
    request("GET", `/interviews/${encodeURIComponent(interviewId)}`, { schema: interviewDetailSchema }),
  remove: (interviewId: string) => request("DELETE", `/interviews/${encodeURIComponent(interviewId)}`),
};
