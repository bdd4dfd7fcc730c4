// One simulated candidate for bench:turn, speaking an answer of a given length through the real
// Worker and Durable Object, the way the browser does: segments cut at pauses, each sent when it ends.
import { SEGMENT_MS_MAX } from "../../worker/protocol/audio.ts";
import { PROTOCOL_VERSION, encodeSegmentFrame, serverMessageSchema, type ServerMessage } from "../../worker/protocol/socket.ts";
import { fakeAudio } from "./latency-model.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pauses every 6–12 s, as people speak; the recorder never lets a segment pass SEGMENT_MS_MAX. */
export function segmentPlan(answerMs: number, seed: number): number[] {
  const lengths: number[] = [];
  let left = answerMs;
  let i = seed;
  while (left > 0) {
    const natural = 6_000 + ((i++ * 2_654_435_761) % 6_001);
    const length = Math.min(left, natural, SEGMENT_MS_MAX - 300);
    lengths.push(length);
    left -= length;
  }
  return lengths;
}

export interface TurnResult {
  run: string;
  /** performance.now() when the candidate stopped speaking and when the first interviewer token arrived. */
  endOfSpeechAt: number;
  firstTokenAt: number;
}

export async function speakOneAnswer(baseUrl: string, answerMs: number, seed: number): Promise<TurnResult> {
  const run = `run-${seed}-${Date.now().toString(36)}`;
  const origin = new URL(baseUrl).origin;
  const username = `bench-${process.pid}-${seed}-${Date.now().toString(36)}`;
  const register = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: "POST",
    // Each simulated candidate comes from its own address, as real ones would: one address may only
    // create a few accounts a minute. Locally the runtime keeps a CF-Connecting-IP the client sent.
    headers: { "content-type": "application/json", origin, "CF-Connecting-IP": `10.77.${(seed >> 8) & 255}.${seed & 255}` },
    body: JSON.stringify({ username, password: "bench password 123" }),
  });
  if (register.status !== 201) throw new Error(`register: ${register.status} ${await register.text()}`);
  const cookie = register.headers.get("set-cookie")!.split(";")[0]!;
  const created = await fetch(`${baseUrl}/api/v1/interviews`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, cookie },
    body: JSON.stringify({ title: "Backend Developer", skills: ["SQL"], questionCount: 15 }),
  });
  const { interviewId } = (await created.json()) as { interviewId: string };

  // Node's WebSocket accepts request headers (a browser sends the cookie and Origin by itself).
  const NodeWebSocket = WebSocket as unknown as new (url: string, init: { headers: Record<string, string> }) => WebSocket;
  const ws = new NodeWebSocket(`${baseUrl.replace(/^http/, "ws")}/api/v1/interviews/${interviewId}`, { headers: { cookie, origin } });
  ws.binaryType = "arraybuffer";
  const received: { at: number; message: ServerMessage }[] = [];
  const waiters = new Set<() => void>();
  ws.addEventListener("message", (event) => {
    if (typeof event.data !== "string" || event.data === "pong") return;
    received.push({ at: performance.now(), message: serverMessageSchema.parse(JSON.parse(event.data)) });
    for (const wake of waiters) wake();
  });
  const waitFor = async (predicate: (m: ServerMessage) => boolean, timeoutMs = 60_000) => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const hit = received.find((r) => predicate(r.message));
      if (hit) return hit;
      if (performance.now() > deadline) throw new Error(`timed out waiting; got ${received.length} frames`);
      await new Promise<void>((resolve) => {
        waiters.add(resolve);
        setTimeout(() => (waiters.delete(resolve), resolve()), 100);
      });
    }
  };
  await new Promise((resolve, reject) => {
    ws.addEventListener("open", resolve, { once: true });
    ws.addEventListener("error", reject, { once: true });
  });
  ws.send(JSON.stringify({ type: "hello", protocolVersion: PROTOCOL_VERSION, lastSeq: 0 }));
  const isComplete = (m: ServerMessage) => m.type === "event" && m.event.type === "message_status" && m.event.status === "complete";
  await waitFor(isComplete);

  const answerId = crypto.randomUUID();
  ws.send(JSON.stringify({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" }));
  const plan = segmentPlan(answerMs, seed);
  let endOfSpeech = 0;
  for (const [index, length] of plan.entries()) {
    await sleep(length); // the candidate is speaking this segment
    if (index === plan.length - 1) endOfSpeech = performance.now();
    ws.send(encodeSegmentFrame({ type: "audio_segment", answerId, index, durationMs: Math.round(length) }, fakeAudio(run, length)));
  }
  ws.send(JSON.stringify({ type: "answer_end", answerId, segmentCount: plan.length }));

  const answered = await waitFor(
    (m) => m.type === "event" && m.event.type === "message_status" && m.event.messageId === answerId && m.event.status === "complete",
  );
  const firstDelta = await waitFor(
    (m) => m.type === "event" && m.event.type === "message_delta" && received.indexOf(answered) < received.findIndex((r) => r.message === m),
  );
  ws.close();
  return { run, endOfSpeechAt: endOfSpeech, firstTokenAt: firstDelta.at };
}
