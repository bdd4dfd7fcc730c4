// Stand-ins for the chat models, for tests only. An OpenAI-compatible server that records every
// request's URL and JSON body, answers non-streamed chat completions with the given JSON outputs in
// turn (the last one repeats), and streamed ones with `reply` as real server-sent events, in OpenAI's
// wire formats; and a Workers AI binding that records its inputs and answers with one JSON output.
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

/** A Workers AI binding whose text models answer `output` as JSON (the shape `AI.run` returns); `calls` are the inputs. */
export function fakeWorkersAi(output: unknown) {
  const calls: Record<string, unknown>[] = [];
  const ai = {
    run: async (_model: string, inputs: Record<string, unknown>) => {
      calls.push(inputs);
      return { response: JSON.stringify(output), usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } };
    },
  } as unknown as Ai;
  return { ai, calls };
}

/** One question of a plan as a model writes it (model-plan.ts's schema): a story question unless `kind` says otherwise. */
export const modelPlanQuestion = (requirementId: string, postingWords: string, text: string, kind = "behavioural") => ({
  requirementId,
  postingWords,
  kind,
  text,
  talkingPoints: ["the situation", "what you did", "the result"],
});
