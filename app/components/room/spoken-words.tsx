// Reads the candidate's own spoken answer to screen readers as speech-to-text returns it: a polite log
// that gains each new phrase once, never the whole answer again. Used by the interview room, for
// answers and for attempts at a question from the report.
import { useState } from "react";
import type { LiveMessage } from "../../../worker/protocol/socket";
import { newWords } from "../../lib/new-words";

interface Heard {
  messageId: string | undefined;
  text: string;
  /** The phrases announced for this answer so far; each is its own node, so only additions are read. */
  phrases: { key: number; text: string }[];
}

export function SpokenWords({ answer }: { answer: LiveMessage | undefined }) {
  // An answer's words when it is first seen are not news (a reload, or an answer from before).
  const [heard, setHeard] = useState<Heard>({ messageId: answer?.messageId, text: answer?.content ?? "", phrases: [] });
  const content = answer?.content ?? "";
  if (answer?.messageId !== heard.messageId) {
    setHeard({ messageId: answer?.messageId, text: content, phrases: [] });
  } else if (content !== heard.text) {
    const added = newWords(heard.text, content);
    const key = (heard.phrases.at(-1)?.key ?? 0) + 1;
    setHeard({ messageId: heard.messageId, text: content, phrases: added ? [...heard.phrases, { key, text: added }] : heard.phrases });
  }
  return (
    <div role="log" aria-live="polite" aria-label="Your words as they are transcribed" className="sr-only">
      {heard.phrases.map((phrase) => (
        <p key={phrase.key}>{phrase.text}</p>
      ))}
    </div>
  );
}
