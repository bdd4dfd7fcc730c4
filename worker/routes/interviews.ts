// /api/v1/interviews: create, list (newest first, paged), read with messages, delete, the
// feedback report (read, write again), playback of the candidate's recorded answers and of the interviewer's voice.
// Every route runs as the signed-in user, against that user's own Durable Object, so another
// user's interview id is simply not found there.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../app-env";
import { requireUser } from "../auth/require-user";
import { ApiError, notFound } from "../http/api-error";
import { jsonBody, queryParams } from "../http/validate";
import { interviewIdSchema, listInterviewsQuerySchema } from "../protocol/rest";
import { SEGMENTS_PER_ANSWER_MAX } from "../protocol/audio";
import { CREATE_INTERVIEW_BODY_MAX, newInterviewSchema } from "../protocol/job-posting";
import { LIVE_PATH } from "../user-object";

/** No reply has anywhere near this many sentences; a larger number is not worth asking the object about. */
const SPOKEN_SENTENCES_MAX = 1_000;

const interviewNotFound = () => notFound("No such interview.");

function interviewId(raw: string): string {
  const parsed = interviewIdSchema.safeParse(raw);
  if (!parsed.success) throw interviewNotFound();
  return parsed.data;
}

export const interviewRoutes = new Hono<AppEnv>()
  .use(requireUser)
  .post(
    "/",
    bodyLimit({
      maxSize: CREATE_INTERVIEW_BODY_MAX,
      onError: () => {
        throw new ApiError(413, "bad_request", "The job description and CV are too long together.");
      },
    }),
    jsonBody(newInterviewSchema),
    async (c) => {
      const interview = await c.var.user.object.createInterview(c.req.valid("json"));
      return c.json(interview, 201);
    },
  )
  .get("/", queryParams(listInterviewsQuerySchema), async (c) => {
    return c.json(await c.var.user.object.listInterviews(c.req.valid("query")));
  })
  .get("/:id", async (c) => {
    const id = interviewId(c.req.param("id"));
    // The live interview: the same path upgraded to a WebSocket (origin checked by sameOriginOnly).
    if (c.req.header("Upgrade")?.toLowerCase() === "websocket") {
      const upstream = await c.var.user.object.fetch(new Request(new URL(`${LIVE_PATH}${id}`, c.req.url), c.req.raw));
      if (upstream.status === 404) throw interviewNotFound();
      return upstream;
    }
    const interview = await c.var.user.object.getInterview(id);
    if (!interview) throw interviewNotFound();
    return c.json(interview);
  })
  .get("/:id/report", async (c) => {
    const report = await c.var.user.object.getReport(interviewId(c.req.param("id")));
    if (!report) throw notFound("No report yet: it is written when the interview is completed.");
    return c.json(report);
  })
  .post("/:id/report", async (c) => {
    const result = await c.var.user.object.regenerateReport(interviewId(c.req.param("id")));
    if (!result) throw new ApiError(409, "conflict", "A report can be written once the interview is completed.");
    if ("failed" in result) throw new ApiError(502, "unavailable", result.failed);
    return c.json(result.report);
  })
  .get("/:id/answers/:messageId/audio/:index", async (c) => {
    const messageId = interviewIdSchema.safeParse(c.req.param("messageId"));
    const index = Number(c.req.param("index"));
    if (!messageId.success || !Number.isInteger(index) || index < 0 || index >= SEGMENTS_PER_ANSWER_MAX) throw notFound("No such recording.");
    const found = await c.var.user.object.readAnswerAudio(interviewId(c.req.param("id")), messageId.data, index);
    if (!found) throw notFound("No such recording.");
    // The candidate's own voice: cacheable by their browser only.
    return c.body(new Uint8Array(found.audio), 200, { "Content-Type": found.mimeType, "Cache-Control": "private, max-age=3600" });
  })
  .get("/:id/messages/:messageId/speech/:index", async (c) => {
    const messageId = interviewIdSchema.safeParse(c.req.param("messageId"));
    const index = Number(c.req.param("index"));
    if (!messageId.success || !Number.isInteger(index) || index < 0 || index > SPOKEN_SENTENCES_MAX) throw notFound("No such speech.");
    const found = await c.var.user.object.readSpeechAudio(interviewId(c.req.param("id")), messageId.data, index);
    if (!found) throw notFound("No such speech.");
    // Revalidated each time: a reply said again after a failure has new sentences under the same numbers.
    return c.body(new Uint8Array(found.audio), 200, { "Content-Type": found.mimeType, "Cache-Control": "private, no-cache" });
  })
  .delete("/:id", async (c) => {
    const deleted = await c.var.user.object.deleteInterview(interviewId(c.req.param("id")));
    if (!deleted) throw interviewNotFound();
    return c.body(null, 204);
  });
