// Limits on the live sockets of one interview: how many may be open, and how many frames each may send.
import { describe, expect, it } from "vitest";
import { FRAME_FLOOD_FACTOR, FRAME_WINDOW_MS, FRAMES_PER_SECOND_MAX, SOCKETS_PER_INTERVIEW_MAX } from "../protocol/audio";
import { CLOSE_CODES } from "../protocol/socket";
import { registerUser } from "../test/api-client";
import { LiveClient, completedReplies, isError, isEvent, joined, newInterview } from "../test/live-client";

const FRAMES_PER_WINDOW = (FRAMES_PER_SECOND_MAX * FRAME_WINDOW_MS) / 1000;
const ANSWER =
  "In my last project I added a composite index to the orders table and rewrote a subquery as a join, " +
  "and the report went from nine seconds to three hundred milliseconds.";

const errors = (client: LiveClient, code: string) => client.received.filter(isError(code)).length;

describe("live socket limits", () => {
  it("one socket over the frame budget gets one rate_limited error, then silence, and stays usable", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const framesSoFar = 1; // the hello
    for (let i = 0; i < FRAMES_PER_WINDOW + 30; i++) client.send({ type: "retry", messageId: "none" });
    await client.waitFor(isError("rate_limited"));
    // A ping is answered by the platform, never counted: once it is back, every frame above has been handled.
    client.ws.send("ping");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors(client, "not_found")).toBe(FRAMES_PER_WINDOW - framesSoFar);
    expect(errors(client, "rate_limited")).toBe(1);
    expect(client.ws.readyState).toBe(WebSocket.OPEN);
    client.close();
  });

  it("a socket that floods far beyond its budget is closed as a policy violation", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    for (let i = 0; i < FRAMES_PER_WINDOW * FRAME_FLOOD_FACTOR + 10; i++) client.ws.send("not json");
    expect(await client.closed).toEqual({ code: CLOSE_CODES.flooding, reason: "Too many messages" });
    // The candidate's other tab is not affected.
    const again = await LiveClient.open(interview.interviewId, user.cookie);
    again.hello();
    await again.waitFor((m) => m.type === "welcome");
    again.close();
  });

  it(`keeps at most ${SOCKETS_PER_INTERVIEW_MAX} sockets per interview: one more closes the oldest, which is told why`, async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const tabs = [await joined(user, interview)];
    for (let i = 1; i < SOCKETS_PER_INTERVIEW_MAX; i++) {
      tabs.push(await LiveClient.open(interview.interviewId, user.cookie));
      tabs[i]!.hello();
      await tabs[i]!.waitFor((m) => m.type === "welcome");
    }
    const newest = await LiveClient.open(interview.interviewId, user.cookie);
    expect(await tabs[0]!.closed).toEqual({ code: CLOSE_CODES.replaced, reason: "This interview was opened in another tab or window." });
    for (const tab of tabs.slice(1)) expect(tab.ws.readyState).toBe(WebSocket.OPEN);

    // The newest tab works, and the others still see what it does.
    newest.hello(tabs[1]!.lastSeq());
    await newest.waitFor((m) => m.type === "welcome");
    newest.send({ type: "text_answer", answerId: crypto.randomUUID(), text: ANSWER });
    await newest.waitFor(() => completedReplies(newest) >= 1);
    await tabs[1]!.waitFor(isEvent("message_added", (e) => (e.message as { role: string }).role === "user"));

    // One more again: now the second-oldest goes.
    const sixth = await LiveClient.open(interview.interviewId, user.cookie);
    expect((await tabs[1]!.closed).code).toBe(CLOSE_CODES.replaced);
    for (const tab of [...tabs.slice(2), newest, sixth]) expect(tab.ws.readyState).toBe(WebSocket.OPEN);
    for (const tab of [...tabs.slice(2), newest, sixth]) tab.close();
  });

  it(`keeps at most ${SOCKETS_PER_INTERVIEW_MAX} sockets per interview when many upgrades arrive at once`, async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const storm = await Promise.all(Array.from({ length: 2 * SOCKETS_PER_INTERVIEW_MAX }, () => LiveClient.open(interview.interviewId, user.cookie)));
    // Each says hello as a tab does on open, unless it was closed already.
    for (const tab of storm) if (tab.ws.readyState === WebSocket.OPEN) tab.hello();
    const outcomes = await Promise.all(
      storm.map((tab) =>
        Promise.race([
          tab.closed.then(({ code }) => code),
          tab.waitFor((m) => m.type === "welcome").then(() => new Promise((resolve) => setTimeout(resolve, 1000))).then(() => "open" as const),
        ]),
      ),
    );
    expect(outcomes.filter((o) => o === CLOSE_CODES.replaced)).toHaveLength(SOCKETS_PER_INTERVIEW_MAX);
    expect(outcomes.filter((o) => o === "open")).toHaveLength(SOCKETS_PER_INTERVIEW_MAX);
    for (const tab of storm) tab.close();
  });

  it("sockets of other interviews do not count toward an interview's limit", async () => {
    const user = await registerUser();
    const first = await newInterview(user);
    const second = await newInterview(user);
    const tabs: LiveClient[] = [];
    for (let i = 0; i < SOCKETS_PER_INTERVIEW_MAX; i++) tabs.push(await LiveClient.open(first.interviewId, user.cookie));
    const other = await LiveClient.open(second.interviewId, user.cookie);
    other.hello();
    await other.waitFor((m) => m.type === "welcome");
    for (const tab of tabs) expect(tab.ws.readyState).toBe(WebSocket.OPEN);
    for (const tab of [...tabs, other]) tab.close();
  });
});
