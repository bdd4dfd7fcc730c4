// Finds the situation, task, action and result of a behavioural answer by the phrases people use
// to tell each part of a story, and quotes the sentence that carries each.
import { STAR_PARTS } from "../../protocol/report";
import { hasNumber, phrasesIn } from "./markers";
import { quoteFrom, type Span } from "./sentences";

export type StarPart = (typeof STAR_PARTS)[number];
export type StarQuotes = Record<StarPart, string | null>;

/** Phrases people use to tell each part of a story; also a sign that an answer is shaped like one. */
export const STAR_MARKERS: Record<StarPart, readonly string[]> = {
  situation: [
    "when i was", "at my last", "at my previous", "in my previous", "in my last", "at my current", "in my current",
    "we had", "there was", "a few years ago", "last year", "i was working", "i was on", "one time", "we were",
    "on a project", "our team was",
  ],
  task: [
    "i needed to", "i need to", "my goal", "i was responsible", "the task", "my job was", "i had to", "i was asked",
    "my role", "the goal was", "we needed to", "i was tasked", "it was up to me", "i wanted to",
  ],
  action: [
    "i decided", "i built", "i wrote", "i organised", "i organized", "so i", "i set up", "i proposed", "i started",
    "i added", "i created", "i suggested", "i spoke", "i talked", "i asked", "i changed", "i fixed", "i rolled",
    "i reached out", "i scheduled", "i paired", "i broke", "i put together", "i moved", "i introduced",
    "i prioritised", "i prioritized", "i sat down", "i booked", "i ran", "i went", "i took", "i called", "i made",
    "i replaced", "i explained", "i used", "i split", "i tested", "i profiled", "i measured", "i drew",
    "i found", "i looked", "i rewrote", "i investigated", "i migrated", "i removed", "i led", "i owned", "i told",
    "i restored", "i presented", "i communicated", "i listened",
  ],
  result: [
    "as a result", "the result", "which meant", "we reduced", "reduced", "improved", "in the end", "the outcome",
    "learned", "learnt", "since then", "ended up", "we shipped", "delivered", "we launched", "went down",
    "dropped", "saved", "eventually", "afterwards", "now we", "it worked",
  ],
};

/** A number after the story has started usually reports the outcome ("down to 40 minutes"). */
function resultByNumber(sentences: readonly Span[], after: number): Span | undefined {
  return sentences.slice(after + 1).findLast((sentence) => hasNumber(sentence.text));
}

export function findStar(answer: string, sentences: readonly Span[]): StarQuotes {
  const star = {} as StarQuotes;
  let situationIndex = 0;
  for (const part of STAR_PARTS) {
    const matches = (text: string) => phrasesIn(text, STAR_MARKERS[part]).length > 0;
    const index = sentences.findIndex((sentence) => matches(sentence.text));
    if (part === "situation" && index >= 0) situationIndex = index;
    const found = index >= 0 ? sentences[index] : part === "result" ? resultByNumber(sentences, situationIndex) : undefined;
    star[part] = found ? quoteFrom(answer, found, index >= 0 ? matches : hasNumber) : null;
  }
  return star;
}
