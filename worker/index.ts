// The Worker: a router. Everything under /api/v1 lands here; static assets never do.
import "./protocol/zod-english";
import { Hono } from "hono";
import type { AppEnv } from "./app-env";
import { ApiError, errorResponse } from "./http/api-error";
import { sameOriginOnly } from "./http/same-origin";
import { authRoutes } from "./routes/auth";
import { interviewRoutes } from "./routes/interviews";
import { progressRoutes } from "./routes/progress";

const api = new Hono<AppEnv>()
  .use(sameOriginOnly)
  .route("/auth", authRoutes)
  .route("/interviews", interviewRoutes)
  .route("/progress", progressRoutes);

const app = new Hono<AppEnv>().route("/api/v1", api);

app.notFound((c) => errorResponse(c, new ApiError(404, "not_found", "No such API route.")));
app.onError((error, c) => errorResponse(c, error));

/** The API's shape, for the SPA's typed client. */
export type AppType = typeof app;

export { UserObject } from "./user-object";
export default app;
