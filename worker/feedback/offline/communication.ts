// The communication score: pace, fillers and long pauses when the answer was spoken and measured;
// fillers and sentence length when it was typed or nothing was measured.
import type { DeliveryMetrics } from "../../protocol/feedback";
import { countOf } from "../../protocol/plural";
import { countFillers, findFillers } from "../fillers";
import type { Analysis } from "./analysis";
import type { RubricScore } from "./rubric";
import { listOf } from "./rubric";
import { quoteFrom, wordCountOf, type Span } from "./sentences";

/** Words per minute most listeners follow comfortably; outside it an answer feels rushed or slow. */
export const COMFORTABLE_PACE = { min: 110, max: 170 } as const;
/** Beyond this the pace is hard to follow, not just a little off. */
const PACE_MARGIN = 25;
/** Fillers per minute: a few are natural; past these they start to distract. */
const FILLERS_PER_MINUTE = { some: 4, many: 8 } as const;
/** The same, per hundred words, for answers without a measured length. */
const FILLERS_PER_100_WORDS = { some: 3, many: 6 } as const;
/** Long silences that break the thread; one is thinking time. */
const LONG_PAUSES = { some: 2, many: 4 } as const;
/** Written sentences longer than this are hard to follow. */
const LONG_SENTENCE_WORDS = 35;

export interface CommunicationResult extends RubricScore {
  /** What held the score down, as improvements with quotes. */
  issues: { point: string; quote: string }[];
  /** What went well, for the strengths list. */
  praise: string | null;
}

/** The sentence where the most fillers were said, judged in the context of the whole answer. */
function mostFillers(a: Analysis): Span {
  const found = findFillers(a.answer);
  const within = (s: Span) => found.filter((f) => f.index >= s.start && f.index < s.end).length;
  return a.sentences.reduce((best, sentence) => (within(sentence) > within(best) ? sentence : best));
}

/** How the report names a filler, so the words match what was counted ("so" only opening a sentence). */
function fillerName(filler: string): string {
  if (filler === "so" || filler === "well") return `"${filler}" to open a sentence`;
  if (filler === "right") return `"right?"`;
  return `"${filler}"`;
}

/** The fillers counted, most frequent first, at most three: '"like" 3 times and "um" once'. */
export function fillersSaid(counts: Record<string, number>): string {
  const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);
  const sorted = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const named = listOf(sorted.slice(0, 3).map(([filler, n]) => `${fillerName(filler)} ${times(n)}`));
  return sorted.length > 3 ? `most often ${named}` : named;
}

function longest(a: Analysis): Span {
  return a.sentences.reduce((best, sentence) => (wordCountOf(sentence.text) > wordCountOf(best.text) ? sentence : best));
}

export function communication(a: Analysis, metrics: DeliveryMetrics | null): CommunicationResult {
  let penalty = 0;
  const issues: CommunicationResult["issues"] = [];
  // Short forms of the issues and of what went well, for the score's one-line reason.
  const labels: string[] = [];
  const good: string[] = [];
  // Pace and pauses belong to the whole recording, not to a sentence (and where pauses fell is not
  // known), so their quote is the opening, where the listener first hears them.
  const opening = quoteFrom(a.answer, a.sentences[0]!);

  const pace = metrics?.kind === "voice" ? metrics.wordsPerMinute : null;
  if (pace !== null) {
    const rounded = Math.round(pace);
    if (pace < COMFORTABLE_PACE.min || pace > COMFORTABLE_PACE.max) {
      const far = pace < COMFORTABLE_PACE.min - PACE_MARGIN || pace > COMFORTABLE_PACE.max + PACE_MARGIN;
      penalty += far ? 2 : 1;
      const fast = pace > COMFORTABLE_PACE.max;
      const direction = fast ? "Slow down a little" : "Pick up the pace a little";
      labels.push(`a ${fast ? "fast" : "slow"} pace of ${rounded} words a minute`);
      issues.push({ point: `${direction}: you spoke at ${rounded} words a minute; ${COMFORTABLE_PACE.min}-${COMFORTABLE_PACE.max} is easiest to follow.`, quote: opening });
    } else good.push(`a comfortable pace of ${rounded} words a minute`);
  }

  const counts = metrics?.fillers.counts ?? countFillers(a.answer);
  const fillerTotal = metrics?.fillers.total ?? Object.values(counts).reduce((sum, n) => sum + n, 0);
  const perMinute = metrics?.fillers.perMinute ?? null;
  const limits = perMinute !== null ? FILLERS_PER_MINUTE : FILLERS_PER_100_WORDS;
  const rate = perMinute ?? (fillerTotal / Math.max(1, a.words)) * 100;
  if (fillerTotal > 0 && rate > limits.some) {
    penalty += rate > limits.many ? 2 : 1;
    const heaviest = mostFillers(a);
    const words = Object.keys(counts).map((filler) => new RegExp(`(^|[^\\p{L}])${filler}($|[^\\p{L}])`, "iu"));
    const quote = quoteFrom(a.answer, heaviest, (text) => words.some((word) => word.test(text)));
    labels.push(countOf(fillerTotal, "filler word"));
    issues.push({ point: `Cut down on fillers (${fillerTotal} in this answer: ${fillersSaid(counts)}); a short silent pause works better.`, quote });
  } else good.push(fillerTotal === 0 ? "no filler words" : "few filler words");

  const pauses = metrics?.longPauses?.count ?? null;
  if (pauses !== null && pauses >= LONG_PAUSES.some) {
    penalty += pauses >= LONG_PAUSES.many ? 2 : 1;
    labels.push(countOf(pauses, "long pause"));
    issues.push({ point: `You paused for a long time ${countOf(pauses, "time")}; it can help to say "let me think for a second" and then go on.`, quote: opening });
  }

  // Speech-to-text punctuation is unreliable, so sentence length only counts in typed answers.
  if (metrics?.kind !== "voice") {
    const sentence = longest(a);
    if (wordCountOf(sentence.text) > LONG_SENTENCE_WORDS) {
      penalty += 1;
      labels.push("some very long sentences");
      issues.push({ point: "Break very long sentences into shorter ones so each idea lands on its own.", quote: quoteFrom(a.answer, sentence) });
    }
  }

  const score = Math.max(1, 5 - penalty);
  const why =
    labels.length === 0
      ? `Easy to follow, with ${listOf(good)}.`
      : `Harder to follow because of ${listOf(labels)}` + (good.length > 0 ? `, though with ${listOf(good)}.` : ".");
  const quote = issues[0]?.quote ?? opening;
  // Praise delivery only when it was measured from speech; tidy typing is not a strength to report.
  const praise = labels.length === 0 && pace !== null ? `Your delivery was easy to follow: ${listOf(good)}.` : null;
  return { score, quote, why, issues, praise };
}
