// /api/v1/progress: the signed-in user's scores and delivery over time, for the dashboard charts.
import { Hono } from "hono";
import type { AppEnv } from "../app-env";
import { requireUser } from "../auth/require-user";

export const progressRoutes = new Hono<AppEnv>().use(requireUser).get("/", async (c) => c.json(await c.var.user.object.getProgress()));
