// bench:frames — what frames the server refuses cost the user's Durable Object, in workerd CPU time:
// invalid frames within a socket's budget (each answered with an error), and a flood far beyond it.
// Runs against the built app in local workerd (`vite build` first; the npm script does both).
import { readFileSync } from "node:fs";
import { FRAME_WINDOW_MS, FRAMES_PER_SECOND_MAX, SOCKETS_PER_INTERVIEW_MAX } from "../../worker/protocol/audio.ts";
import { startBuiltWorker } from "../built-worker.ts";

const INTERVIEWS = Number(process.env.BENCH_INTERVIEWS ?? 10);
const FLOOD_FRAMES = Number(process.env.BENCH_FLOOD_FRAMES ?? 5000);
const PER_WINDOW = (FRAMES_PER_SECOND_MAX * FRAME_WINDOW_MS) / 1000;

/** CPU seconds (user + system) a process has used so far, from /proc (Linux only). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const worker = await startBuiltWorker();
const origin = new URL(worker.baseUrl).origin;

async function signUp(): Promise<string> {
  const register = await fetch(`${worker.baseUrl}/api/v1/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ username: `frames-${process.pid}-${Date.now().toString(36)}`, password: "bench password 123" }),
  });
  if (register.status !== 201) throw new Error(`register: ${register.status}`);
  return register.headers.get("set-cookie")!.split(";")[0]!;
}

async function newInterview(cookie: string): Promise<string> {
  const created = await fetch(`${worker.baseUrl}/api/v1/interviews`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, cookie },
    body: JSON.stringify({ title: "Backend Developer", skills: ["SQL"], questionCount: 3 }),
  });
  return ((await created.json()) as { interviewId: string }).interviewId;
}

function open(interviewId: string, cookie: string): Promise<WebSocket> {
  const NodeWebSocket = WebSocket as unknown as new (url: string, init: { headers: Record<string, string> }) => WebSocket;
  const ws = new NodeWebSocket(`${worker.baseUrl.replace(/^http/, "ws")}/api/v1/interviews/${interviewId}`, { headers: { cookie, origin } });
  return new Promise((resolve, reject) => {
    ws.addEventListener("open", () => resolve(ws));
    ws.addEventListener("error", () => reject(new Error("socket failed to open")));
  });
}

/** Sends `count` invalid frames, then a ping (answered by the platform): resolves once it is back, or the socket closes. */
function send(ws: WebSocket, count: number): Promise<void> {
  const done = new Promise<void>((resolve) => {
    ws.addEventListener("message", (e) => e.data === "pong" && resolve());
    ws.addEventListener("close", () => resolve());
  });
  for (let i = 0; i < count && ws.readyState === WebSocket.OPEN; i++) ws.send('{"type":"teleport"}');
  if (ws.readyState === WebSocket.OPEN) ws.send("ping");
  return done;
}

/** Runs `work`, returning workerd's CPU milliseconds per frame for `frames` frames. */
async function cpuPerFrame(frames: number, work: () => Promise<unknown>): Promise<number> {
  const before = cpuSeconds(worker.pid);
  await work();
  // Let workerd finish what it had queued before reading its clock.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return ((cpuSeconds(worker.pid) - before) * 1000) / frames;
}

try {
  const cookie = await signUp();
  const sockets: WebSocket[] = [];
  for (let i = 0; i < INTERVIEWS; i++) {
    const interviewId = await newInterview(cookie);
    for (let s = 0; s < SOCKETS_PER_INTERVIEW_MAX; s++) sockets.push(await open(interviewId, cookie));
  }
  // Within budget: each frame is parsed, validated and answered with an error.
  const withinBudget = PER_WINDOW - 1;
  const invalid = await cpuPerFrame(sockets.length * withinBudget, () => Promise.all(sockets.map((ws) => send(ws, withinBudget))));
  for (const ws of sockets) ws.close();
  // A flood from one socket, far beyond its budget.
  await new Promise((resolve) => setTimeout(resolve, FRAME_WINDOW_MS));
  const flooder = await open(await newInterview(cookie), cookie);
  let closedWith = "open";
  flooder.addEventListener("close", (e) => (closedWith = String(e.code)));
  const flood = await cpuPerFrame(FLOOD_FRAMES, () => send(flooder, FLOOD_FRAMES));
  console.log(`invalid frames within budget: ${sockets.length * withinBudget} on ${sockets.length} sockets, ${invalid.toFixed(3)} ms workerd CPU each`);
  console.log(`flood: ${FLOOD_FRAMES} frames on one socket, ${flood.toFixed(3)} ms workerd CPU each; socket ${closedWith === "open" ? "left open" : `closed with ${closedWith}`}`);
  console.log(`frames invalid_cpu_ms=${invalid.toFixed(3)} flood_cpu_ms=${flood.toFixed(3)} flood_socket=${closedWith}`);
} finally {
  worker.stop();
}
