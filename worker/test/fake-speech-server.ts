// A stand-in for an OpenAI-compatible speech-to-text server, for Worker tests only (real Whisper is
// tested in local-speech/ and end to end). It checks the request is the multipart shape real servers
// expect, and "transcribes" by reading the audio bytes as text, so tests choose what is heard:
// bytes "FAIL…" answer 500, "SLOW…" wait 300 ms first.
import { createServer, type Server } from "node:http";

let server: Server | undefined;

export async function setup(): Promise<void> {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`http://localhost${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: Buffer.concat(chunks),
    });
    const fail = (status: number, message: string) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: { message, type: "invalid_request_error" } }));
    };
    if (req.method !== "POST" || req.url !== "/v1/audio/transcriptions") return fail(404, "not found");
    if (!request.headers.get("content-type")?.startsWith("multipart/form-data")) return fail(400, "expected multipart");
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File) || !form.get("model") || form.get("response_format") !== "json") {
      return fail(400, "expected file, model and response_format=json");
    }
    if (!/^audio\/(webm|mp4|ogg|wav)$/.test(file.type)) return fail(400, `unexpected file type ${file.type}`);
    const heard = new TextDecoder().decode(await file.arrayBuffer());
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
