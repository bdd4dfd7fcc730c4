// What the interview engine's parts share: storage, the provider, and the way events go out.
import type { AiProvider } from "../ai/provider";
import type { InterviewEvent, SequencedEvent } from "../protocol/socket";
import type { LiveStorage } from "../storage/live-storage";
import type { ReportStorage } from "../storage/report-storage";
import type { SpeechStorage } from "../storage/speech-storage";
import type { UserStorage } from "../storage/user-storage";

export interface EngineContext {
  users: UserStorage;
  live: LiveStorage;
  reports: ReportStorage;
  speech: SpeechStorage;
  provider: () => AiProvider;
  /** Stores the event with the next seq and sends it to every socket of the interview. */
  emit: (interviewId: string, event: InterviewEvent) => SequencedEvent;
  /** Runs work after the current frame; failures are reported, never unhandled. */
  background: (label: string, work: Promise<unknown>) => void;
  now: () => number;
}

export const describeFailure = (error: unknown) => (error instanceof Error ? error.message : String(error));
