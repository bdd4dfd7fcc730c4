// A stand-in for an OpenAI-compatible chat server, for tests only: it records every request's URL and
// JSON body, answers non-streamed chat completions with the given JSON outputs in turn (the last one
// repeats), and streamed ones with `reply` as real server-sent events, in OpenAI's wire formats.
import { openAiProvider } from "../ai/openai";
import { sseStream } from "../ai/test-request";

export interface RecordedChat {
  url: string;
  body: { model: string; stream?: boolean; response_format?: { type: string }; messages: { role: string; content: string }[] };
}

const chunk = (delta: Record<string, string>, finish: string | null = null) =>
  JSON.stringify({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: finish }] });

/** `outputs`: what each structured-output request gets, as JSON; `reply`: the text of every streamed reply. */
export function fakeOpenAi(outputs: unknown[], reply = "Thank you. Let us go on.") {
  const requests: RecordedChat[] = [];
  let structured = 0;
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const body = JSON.parse(String(init.body)) as RecordedChat["body"];
    requests.push({ url: String(input), body });
    if (body.stream) {
      return new Response(sseStream([chunk({ role: "assistant", content: "" }), chunk({ content: reply }), chunk({}, "stop"), "[DONE]"]), {
        headers: { "content-type": "text/event-stream" },
      });
    }
    const content = JSON.stringify(outputs[Math.min(structured++, outputs.length - 1)]);
    return Response.json({
      id: "chatcmpl-2",
      object: "chat.completion",
      created: 1,
      model: "m",
      choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
      usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
    });
  }) as typeof globalThis.fetch;
  const provider = openAiProvider({ baseUrl: "https://llm.example/v1", apiKey: "k", chatModel: "gpt-test", transcribeModel: "w", fetch });
  return { provider, requests };
}
