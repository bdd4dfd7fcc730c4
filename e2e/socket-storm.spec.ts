// The cap on live sockets per interview, over a real network connection to workerd: a burst of upgrades
// arriving together (a reconnect storm, or a hostile client) ends with SOCKETS_PER_INTERVIEW_MAX open and
// every other one closed and told why. In-process Worker tests cannot show this: there the 101 reaches the
// client at once, where over the network a socket closed while its upgrade is in flight never hears of it.
import { expect, test } from "@playwright/test";
import { SOCKETS_PER_INTERVIEW_MAX } from "../worker/protocol/audio.ts";
import { CLOSE_CODES, PROTOCOL_VERSION } from "../worker/protocol/socket.ts";
import { registerThroughUi } from "./helpers";

// Node's WebSocket takes request headers; a browser sends the cookie and Origin by itself.
const NodeWebSocket = WebSocket as unknown as new (url: string, init: { headers: Record<string, string> }) => WebSocket;

test(`a burst of upgrades at once leaves ${SOCKETS_PER_INTERVIEW_MAX} sockets open, every other told why`, async ({ page, baseURL }) => {
  await registerThroughUi(page);
  const created = await page.request.post("/api/v1/interviews", { data: { title: "Backend Developer", skills: ["SQL"], questionCount: 3 } });
  expect(created.status()).toBe(201);
  const { interviewId } = (await created.json()) as { interviewId: string };
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  const outcomes: (number | "open")[] = [];
  const sockets = Array.from({ length: 2 * SOCKETS_PER_INTERVIEW_MAX }, (_, i) => {
    outcomes[i] = "open";
    const ws = new NodeWebSocket(`${baseURL!.replace(/^http/, "ws")}/api/v1/interviews/${interviewId}`, { headers: { cookie, origin: baseURL! } });
    // Each says hello as soon as it opens, as the room does.
    ws.addEventListener("open", () => ws.send(JSON.stringify({ type: "hello", protocolVersion: PROTOCOL_VERSION, lastSeq: 0 })));
    ws.addEventListener("close", (event) => (outcomes[i] = (event as CloseEvent).code));
    return ws;
  });
  await expect.poll(() => outcomes.filter((o) => o === CLOSE_CODES.replaced).length, { timeout: 10_000 }).toBe(SOCKETS_PER_INTERVIEW_MAX);
  // And it stays so: the ones left open are the interview's on the server too, which answers their frames.
  await page.waitForTimeout(1000);
  expect(outcomes.filter((o) => o === "open")).toHaveLength(SOCKETS_PER_INTERVIEW_MAX);
  const answered = await Promise.all(
    sockets
      .filter((ws) => ws.readyState === WebSocket.OPEN)
      .map(
        (ws) =>
          new Promise<boolean>((resolve) => {
            setTimeout(() => resolve(false), 5000);
            ws.addEventListener("message", (event) => typeof event.data === "string" && event.data.includes('"not_found"') && resolve(true));
            ws.send(JSON.stringify({ type: "retry", messageId: "no-such-message" }));
          }),
      ),
  );
  expect(answered).toEqual(Array(SOCKETS_PER_INTERVIEW_MAX).fill(true));
  for (const ws of sockets) ws.close();
});
