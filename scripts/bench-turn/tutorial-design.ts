// The tutorial's turn, for comparison in bench:turn: the whole answer is uploaded after the candidate
// stops, transcribed in one piece, and the reply appears only once it is complete (not streamed).
import { setTimeout as sleep } from "node:timers/promises";
import { fakeAudio } from "../bench-shared/latency-model.ts";

export async function tutorialTurn(modelBaseUrl: string, answerMs: number): Promise<number> {
  await sleep(answerMs); // the candidate is speaking; nothing is sent yet
  const endOfSpeech = performance.now();
  const form = new FormData();
  form.set("file", new File([fakeAudio("tutorial", answerMs)], "answer.webm", { type: "audio/webm" }));
  form.set("model", "whisper");
  form.set("response_format", "json");
  const transcription = await fetch(`${modelBaseUrl}/audio/transcriptions`, { method: "POST", body: form });
  const { text } = (await transcription.json()) as { text: string };
  const reply = await fetch(`${modelBaseUrl}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "latency-model", stream: false, messages: [{ role: "user", content: text }] }),
  });
  await reply.json();
  return performance.now() - endOfSpeech;
}
