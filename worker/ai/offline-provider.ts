// The provider for running with no AI account: real speech-to-text from the local Whisper server
// that `npm run dev` starts, and a scripted interviewer built from the question bank.
import { closingLine, openingLine, transitionLine } from "./offline";
import { FLITE_VOICES } from "./local-voices";
import type { AiProvider, AudioInput, ReplyRequest, TranscribeOptions } from "./provider";
import { speakOverHttp } from "./speech-http";
import { transcribeOverHttp } from "./transcribe-http";

export function scriptedTurn(request: ReplyRequest): string {
  const { turn, plan } = request;
  const question = plan[turn.planIndex];
  switch (turn.kind) {
    case "opening":
      return `${openingLine({ title: request.title, skills: request.skills, questionCount: plan.length })} ${question?.text ?? ""}`.trim();
    case "question":
      return `${transitionLine(`${question?.id ?? ""}-${turn.planIndex}`)} ${question?.text ?? ""}`.trim();
    case "follow_up":
      return turn.followUp ?? "Could you give me a specific example of that?";
    case "closing":
      return closingLine();
    default:
      throw new Error(`Unknown turn: ${String(turn.kind satisfies never)}`);
  }
}

/** `voice`: the default of the local server's Flite voices (FLITE_VOICES). */
export function offlineProvider(settings: { speechUrl: string; voice?: string; fetch?: typeof fetch }): AiProvider {
  const local = { baseUrl: `${settings.speechUrl}/v1`, fetch: settings.fetch };
  return {
    keepsHesitations: false,
    info: { name: "offline", label: "Offline practice mode: scripted interviewer, local speech-to-text" },

    transcribe(audio: AudioInput, signal: AbortSignal, options?: TranscribeOptions) {
      return transcribeOverHttp({ ...local, model: "whisper-base" }, audio, signal, options);
    },

    speech: {
      info: { label: "Flite on this computer", voices: [...FLITE_VOICES], defaultVoice: settings.voice ?? "slt" },
      speak: (request, signal) => speakOverHttp({ ...local, model: "flite", format: "wav" }, request, signal),
    },

    async *streamReply(request: ReplyRequest) {
      // Word by word, so the client handles every provider's reply the same way.
      for (const piece of scriptedTurn(request).split(/(?<=\s)/)) yield piece;
    },
  };
}
