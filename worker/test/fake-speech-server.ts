// A stand-in for an OpenAI-compatible speech-to-text server, for Worker tests only (real Whisper is
// tested in local-speech/ and end to end). It checks the request is the multipart shape real servers
// expect, and "transcribes" by reading the audio bytes as text, so tests choose what is heard:
// bytes "FAIL…" answer 500, "SLOW…" wait 300 ms first, "LOOP|a|b" are heard as a with the prompt and as b without it
// (as real Whisper decodes some audio into a loop only when prompted).
// It also speaks (POST /v1/audio/speech, OpenAI's JSON shape) with a real WAV whose length follows the text, answers
// 500 for the voice "kal16", and lists every sentence it was asked to speak at GET /v1/audio/speech/log.
import { createServer, type Server } from "node:http";
import { encodeWav } from "../../app/audio/wav.ts";

let server: Server | undefined;
const spoken: { model: unknown; input: unknown; voice: unknown; response_format: unknown }[] = [];

/** 60 ms of a quiet tone per character: a short, real WAV of about a sentence's length. */
const speechFor = (text: string) => encodeWav(new Float32Array(960 * text.length).map((_, i) => 0.1 * Math.sin(i / 4)), 16_000);

export async function setup(): Promise<void> {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`http://localhost${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === "GET" ? null : Buffer.concat(chunks),
    });
    const fail = (status: number, message: string) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: { message, type: "invalid_request_error" } }));
    };
    if (req.method === "GET" && req.url === "/v1/audio/speech/log") {
      res.writeHead(200, { "Content-Type": "application/json" });
      return res.end(JSON.stringify(spoken));
    }
    if (req.method === "POST" && req.url === "/v1/audio/speech") {
      const body = (await request.json().catch(() => null)) as (typeof spoken)[number] | null;
      if (!request.headers.get("content-type")?.startsWith("application/json") || !body) return fail(400, "expected JSON");
      if (typeof body.input !== "string" || !body.input || typeof body.voice !== "string" || !body.model) return fail(400, "expected model, input and voice");
      spoken.push({ model: body.model, input: body.input, voice: body.voice, response_format: body.response_format });
      if (body.voice === "kal16") return fail(500, "voice crashed");
      res.writeHead(200, { "Content-Type": "audio/wav" });
      return res.end(speechFor(body.input));
    }
    if (req.method !== "POST" || req.url !== "/v1/audio/transcriptions") return fail(404, "not found");
    if (!request.headers.get("content-type")?.startsWith("multipart/form-data")) return fail(400, "expected multipart");
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File) || !form.get("model") || form.get("response_format") !== "json") {
      return fail(400, "expected file, model and response_format=json");
    }
    if (!/^audio\/(webm|mp4|ogg|wav)$/.test(file.type)) return fail(400, `unexpected file type ${file.type}`);
    const bytes = new TextDecoder().decode(await file.arrayBuffer());
    const [, prompted, plain] = /^LOOP\|([^|]*)\|(.*)$/s.exec(bytes) ?? [];
    const heard = prompted === undefined ? bytes : form.get("prompt") ? prompted : plain!;
    if (heard.startsWith("FAIL")) return fail(500, "model crashed");
    if (heard.startsWith("SLOW")) await new Promise((r) => setTimeout(r, 300));
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ text: ` ${heard} ` }));
  });
  await new Promise<void>((resolve) => server!.listen(Number(process.env.FAKE_SPEECH_PORT), "127.0.0.1", resolve));
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => server?.close(resolve));
}
