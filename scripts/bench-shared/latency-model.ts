// A stand-in for hosted AI models with a fixed latency model, served as an OpenAI-compatible API on
// loopback: speech-to-text takes time proportional to the audio's length, a reply's first token comes
// after a fixed delay and each further token after a fixed interval, speech takes a fixed time to the first audio
// plus a time per character, and feedback requests (structured output) get a valid "not enough to score" answer. It timestamps its work with the shared clock and
// reports it at GET /bench/report. Used by bench:turn and bench:load (see latency-model-process.ts).
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { encodeWav } from "../../app/audio/wav.ts";
import { now } from "./clock.ts";

export const MODEL = {
  /** Seconds of processing per second of audio (hosted Whisper turbo is around this), plus a fixed cost. */
  transcribePerAudioSecondMs: 150,
  transcribeFixedMs: 100,
  timeToFirstTokenMs: 350,
  perTokenMs: 15,
  /** Five sentences of twelve words: the interviewer's voice can start on the first. */
  replyTokens: 60,
  sentenceWords: 12,
  /**
   * Text-to-speech: a fixed time to the first audio (hosted aura and OpenAI tts-1 answer a short sentence in a few
   * hundred ms) plus a time per character of text, the audio returned whole.
   */
  speechFirstAudioMs: 250,
  speechPerCharMs: 2,
} as const;

export const speechMs = (text: string) => MODEL.speechFirstAudioMs + text.length * MODEL.speechPerCharMs;

/** The reply's tokens: sentences of MODEL.sentenceWords words, each capitalised and ending in a full stop. */
export function replyTokens(): string[] {
  return Array.from({ length: MODEL.replyTokens }, (_, i) => {
    const word = WORDS[i % WORDS.length]!;
    const first = i % MODEL.sentenceWords === 0;
    const last = i % MODEL.sentenceWords === MODEL.sentenceWords - 1 || i === MODEL.replyTokens - 1;
    return `${first ? word[0]!.toUpperCase() + word.slice(1) : word}${last ? "." : ""} `;
  });
}

/** 100 ms of 16 kHz silence as WAV: real audio of a bench size, whatever the text. */
const BENCH_SPEECH = encodeWav(new Float32Array(1_600), 16_000);

export const transcribeMs = (audioMs: number) => MODEL.transcribeFixedMs + (audioMs / 1000) * MODEL.transcribePerAudioSecondMs;
export const wholeReplyMs = () => MODEL.timeToFirstTokenMs + (MODEL.replyTokens - 1) * MODEL.perTokenMs;

/** Bench audio: a header naming its run and length, padded to the size 32 kbps Opus would have. */
export function fakeAudio(run: string, audioMs: number): Uint8Array<ArrayBuffer> {
  const header = new TextEncoder().encode(`LATENCY-MODEL-AUDIO run=${run} ms=${Math.round(audioMs)}\n`);
  const bytes = new Uint8Array(Math.max(header.length, Math.round((audioMs / 1000) * 4000)));
  bytes.set(header);
  return bytes;
}

const WORDS = "we built a service that streams updates and measured the latency before and after".split(" ");

/** The clauses a benchmark answer says, in turn: each a complete thought, as a finished answer ends on one. */
const CLAUSES = ["We built a service that streams updates.", "We measured the latency before and after.", "It got faster."];

/**
 * What the latency model hears in `audioMs` of a benchmark answer: about a word per 400 ms, in whole clauses, so a
 * segment ends where a thought does and the room's end of turn reads it as finished (worker/live/end-of-turn/words.ts).
 */
export function heardText(audioMs: number): string {
  const target = Math.max(1, Math.round(audioMs / 400));
  const said: string[] = [];
  for (let i = 0, words = 0; words < target; i++) {
    const clause = CLAUSES[i % CLAUSES.length]!;
    said.push(clause);
    words += clause.split(" ").length;
  }
  return said.join(" ");
}

/** A model's feedback that always passes the app's checks: it quotes nothing. */
const NOT_ENOUGH_FEEDBACK = {
  verdict: "not_enough",
  notEnoughReason: "The latency model does not assess answers.",
  strengths: [],
  improvements: [],
  star: null,
  talkingPoints: null,
  rubric: null,
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** When the models worked for one run (one answer), in ms on the shared clock (clock.ts). */
export interface RunTimeline {
  transcriptions: { receivedAt: number; answeredAt: number }[];
  chatReceivedAt?: number;
  firstTokenAt?: number;
}

/** What GET /bench/report answers. */
export interface LatencyModelReport {
  timelines: Record<string, RunTimeline>;
  /** How late this server's own timers ran, in ms: its clock readings are only as good as this. */
  eventLoopDelay: { p99Ms: number; maxMs: number };
}

export interface LatencyModel {
  baseUrl: string;
  close: () => Promise<void>;
}

export async function startLatencyModel(): Promise<LatencyModel> {
  const timelines = new Map<string, RunTimeline>();
  const timeline = (run: string) => timelines.get(run) ?? timelines.set(run, { transcriptions: [] }).get(run)!;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const server = createServer(async (req, res) => {
    const receivedAt = now();
    const body = await readBody(req);
    if (req.method === "GET" && req.url === "/bench/report") {
      const report: LatencyModelReport = {
        timelines: Object.fromEntries(timelines),
        eventLoopDelay: { p99Ms: loopDelay.percentile(99) / 1e6, maxMs: loopDelay.max / 1e6 },
      };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(report));
      return;
    }
    if (req.method === "POST" && req.url === "/v1/audio/transcriptions") {
      const form = await new Request("http://x", { method: "POST", headers: { "content-type": req.headers["content-type"]! }, body: new Uint8Array(body) }).formData();
      const file = form.get("file");
      const head = file instanceof File ? new TextDecoder().decode((await file.arrayBuffer()).slice(0, 64)) : "";
      const audioMs = Number(/ms=(\d+)/.exec(head)?.[1]);
      const run = /run=(\S+)/.exec(head)?.[1];
      if (!Number.isFinite(audioMs) || !run) {
        res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "expected bench audio" } }));
        return;
      }
      await sleep(transcribeMs(audioMs));
      // The run's tag travels in the transcript, so the chat request that follows can be matched to it.
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ text: `${run} ${heardText(audioMs)}` }));
      timeline(run).transcriptions.push({ receivedAt, answeredAt: now() });
      return;
    }
    if (req.method === "POST" && req.url === "/v1/chat/completions") {
      const request = JSON.parse(body.toString()) as { model: string; stream?: boolean; response_format?: unknown; messages: { content: string }[] };
      const run = /\b(run-\S+)/.exec(JSON.stringify(request.messages.at(-1)))?.[1];
      const tokens = replyTokens();
      const chunk = (delta: Record<string, string>, finish: string | null) =>
        `data: ${JSON.stringify({ id: "bench", object: "chat.completion.chunk", created: 0, model: request.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      if (!request.stream) {
        await sleep(wholeReplyMs());
        const content = request.response_format ? JSON.stringify(NOT_ENOUGH_FEEDBACK) : tokens.join("");
        res.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({ id: "bench", object: "chat.completion", created: 0, model: request.model, choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] }),
        );
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      await sleep(MODEL.timeToFirstTokenMs);
      res.write(chunk({ role: "assistant", content: tokens[0]! }, null));
      if (run) Object.assign(timeline(run), { chatReceivedAt: receivedAt, firstTokenAt: now() });
      for (const token of tokens.slice(1)) {
        await sleep(MODEL.perTokenMs);
        res.write(chunk({ content: token }, null));
      }
      res.write(chunk({}, "stop"));
      res.end("data: [DONE]\n\n");
      return;
    }
    if (req.method === "POST" && req.url === "/v1/audio/speech") {
      const { input } = JSON.parse(body.toString()) as { input: string };
      await sleep(speechMs(input));
      res.writeHead(200, { "content-type": "audio/wav" }).end(BENCH_SPEECH);
      return;
    }
    res.writeHead(404).end();
  });
  // Longer than the app keeps an idle connection to it, so it never closes one the app is about to reuse.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () => {
      loopDelay.disable();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
