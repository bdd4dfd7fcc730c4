// Shared pieces for provider contract tests: a turn to ask for, and real server-sent-event framing.
import type { ReplyRequest } from "./provider";

export const sampleRequest: ReplyRequest = {
  title: "Backend Developer",
  skills: ["SQL"],
  plan: [
    { id: "sql-01", text: "How would you find a slow query?", kind: "technical", skill: "SQL", talkingPoints: ["explain plan", "indexes", "measure"] },
    { id: "beh-01", text: "Tell me about a disagreement at work.", kind: "behavioural", talkingPoints: ["situation", "action", "result"] },
  ],
  history: [
    { role: "assistant", content: "How would you find a slow query?" },
    { role: "user", content: "I would look at the query plan." },
  ],
  turn: { kind: "question", planIndex: 1, followUp: null },
};

/** A streamed HTTP body of `data:` events, sent in separate chunks as a real server would. */
export function sseStream(events: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const event of events) controller.enqueue(encoder.encode(`data: ${event}\n\n`));
      controller.close();
    },
  });
}

export async function collect(stream: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const piece of stream) text += piece;
  return text;
}
