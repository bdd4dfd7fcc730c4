// Everything the rubric and the evidence lists need to know about one answer, worked out once:
// its sentences, covered talking points, story parts and the specifics it offers, each with a quote.
import { mentionedTalkingPoints, tokenize } from "../../ai/offline/coverage";
import type { PlannedQuestion } from "../../ai/offline/types";
import { COMMON_WORDS, GENERIC_WORDS } from "./english";
import { CONCLUSIONS, EXAMPLE, hasNumber, namedTerms, phrasesIn, REASONING } from "./markers";
import { quoteFrom, splitSentences, wordCountOf, type Span } from "./sentences";
import { signpostsIn } from "./signposts";
import { findStar, type StarQuotes } from "./star";
import { quotePoints, type PointQuote } from "./talking-points";

/** What one answer shows; optional quotes are absent when the answer does not show that thing. */
export interface Analysis {
  answer: string;
  sentences: Span[];
  words: number;
  points: PointQuote[];
  /** The points made, each with its quote. */
  covered: { point: string; quote: string }[];
  /** Share of the question's own content words the answer uses. */
  questionTermShare: number;
  /** Where the answer gets to the question, if it does so straight away rather than warming up. */
  onTopicOpening?: string;
  star: StarQuotes | null;
  example?: string;
  number?: string;
  reasoning?: string;
  conclusion?: string;
  /** Distinct ordering words used ("first", "then", "for example"). */
  signposts: string[];
  firstSignpost?: string;
  /** Named tools, APIs and products. */
  named: string[];
}

/** A quote of the first sentence of `sentences` for which `matches` holds. */
function findQuote(answer: string, sentences: readonly Span[], matches: (text: string) => boolean): string | undefined {
  const sentence = sentences.find((s) => matches(s.text));
  return sentence && quoteFrom(answer, sentence, matches);
}

/** Share of the question's own words an opening must use to count as naming its topic. */
const TOPIC_NAMED = 1 / 3;

const phraseMatcher = (phrases: readonly string[]) => (text: string) => phrasesIn(text, phrases).length > 0;

function questionTermShare(question: PlannedQuestion, answer: string): number {
  const significant = (text: string) =>
    new Set(tokenize(text).filter((word) => word.length >= 3 && !COMMON_WORDS.has(word) && !GENERIC_WORDS.has(word)));
  const terms = [...significant(question.text)];
  const said = significant(answer);
  // Same word beginnings count, so "caching" answers "cache" and "indexes" answers "index".
  const found = terms.filter((term) => [...said].some((word) => word.slice(0, 5) === term.slice(0, 5)));
  return terms.length > 0 ? found.length / terms.length : 0;
}

// Story points that name the outcome itself ("outcome", "result") are met by the story's result,
// whatever words it uses ("p95 dropped to 180 milliseconds").
const OUTCOME_WORDS = new Set(["the", "outcome", "result"]);

function withStoryOutcome(points: PointQuote[], star: StarQuotes | null): PointQuote[] {
  const result = star?.result ?? null;
  if (result === null) return points;
  return points.map((p) => (p.quote === null && tokenize(p.point).every((word) => OUTCOME_WORDS.has(word)) ? { point: p.point, quote: result } : p));
}

export function analyse(question: PlannedQuestion, answer: string): Analysis {
  const sentences = splitSentences(answer);
  const star = question.kind === "behavioural" ? findStar(answer, sentences) : null;
  const points = withStoryOutcome(quotePoints(answer, sentences, question.talkingPoints, question.kind), star);
  const signposts = [...new Set(sentences.flatMap((sentence) => signpostsIn(sentence.text)))];
  // An opening goes straight to the question when it makes one of its points or names its topic.
  const opensOnTopic = (text: string) => mentionedTalkingPoints(question, text).length > 0 || questionTermShare(question, text) >= TOPIC_NAMED;
  const covered = points.flatMap(({ point, quote }) => (quote === null ? [] : [{ point, quote }]));
  const find = (matches: (text: string) => boolean) => findQuote(answer, sentences, matches);
  return {
    answer,
    sentences,
    words: wordCountOf(answer),
    points,
    covered,
    questionTermShare: questionTermShare(question, answer),
    // The first two sentences: a short framing line before the answer proper is fine. An answer that
    // makes none of the question's points never went to the question, however it opened.
    onTopicOpening: covered.length > 0 ? findQuote(answer, sentences.slice(0, 2), opensOnTopic) : undefined,
    star,
    example: find(phraseMatcher(EXAMPLE)),
    // Digits ("300 milliseconds") are more telling than number words ("millions of rows").
    number: find((text) => /\d/.test(text)) ?? find(hasNumber),
    reasoning: find(phraseMatcher(REASONING)),
    // A summary only counts near the end, where a closing "So, …" usually sums up.
    conclusion: findQuote(answer, sentences.slice(-2), (text) => phraseMatcher(CONCLUSIONS)(text) || /^so\b/i.test(text)),
    signposts,
    firstSignpost: find((text) => signpostsIn(text).length > 0),
    named: [...new Set(sentences.flatMap((sentence) => namedTerms(sentence.text)))],
  };
}
