// The report's "This job's requirements": for each requirement of the posting, the answer that showed
// it (quoted), or that it was asked and not shown, or not asked; and the three to practise next.
// Computed from the plan and the per-question feedback, for every provider, so every quote is the
// candidate's own words. Used by report-writer.ts.
import type { PlannedQuestion } from "../ai/offline";
import { tag, wordsOf } from "../ai/offline/tagger";
import { mentionsIn } from "../jobs/find-skills";
import { overallScore, type QuestionFeedback, type RequirementResult, type RequirementsReport } from "../protocol/report";
import type { Requirement } from "../protocol/requirement";

/** A question's answer that scored at least this (of 5) showed the requirement the question was built on. */
export const SHOWN_SCORE_MIN = 3;
/** The longest quote the report keeps (quoteSchema's limit). */
const QUOTE_CHARS_MAX = 400;

// Words every posting uses and that say nothing about what the job is: "3+ years of strong experience with".
const GENERIC = new Set(
  "experience experienced year ability able skill strong excellent good great solid proven deep knowledge understanding familiarity familiar work working team role plus bonus nice including include etc have be do will can must should would our we you your their them demonstrate demonstrated track record least minimum preferred preference required requirement candidate".split(
    " ",
  ),
);
const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);

/** The stems that say what a requirement asks for, and the technologies it names. */
function keysOf(text: string): { stems: Set<string>; technologies: Set<string> } {
  const stems = new Set(
    wordsOf(tag(text))
      .filter((t) => CONTENT.has(t.pos) && !GENERIC.has(t.lemma) && !GENERIC.has(t.lower))
      .map((t) => t.stem),
  );
  return { stems, technologies: new Set(mentionsIn(text).map((m) => m.name)) };
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** The sentences of an answer, each cut at a word to QUOTE_CHARS_MAX so it stays a quote. */
function sentencesOf(answer: string): string[] {
  return [...segmenter.segment(answer)]
    .map((s) => s.segment.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
    .map((s) => (s.length <= QUOTE_CHARS_MAX ? s : s.slice(0, s.lastIndexOf(" ", QUOTE_CHARS_MAX)).trim()));
}

/** How many of the requirement's keys a sentence says, not denied ("I have never used Kafka" says nothing). */
function overlap(keys: ReturnType<typeof keysOf>, sentence: string): number {
  const said = new Set(
    wordsOf(tag(sentence))
      .filter((t) => !t.negated)
      .map((t) => t.stem),
  );
  const stems = [...keys.stems].filter((s) => said.has(s)).length;
  const named = mentionsIn(sentence).filter((m) => keys.technologies.has(m.name)).length;
  return Math.max(stems, named);
}

/** The answer's sentence sharing most keys with the requirement, and how many; null when none shares one. */
function bestSentence(keys: ReturnType<typeof keysOf>, answer: string): { quote: string; matched: number } | null {
  let best: { quote: string; matched: number } | null = null;
  for (const sentence of sentencesOf(answer)) {
    const matched = overlap(keys, sentence);
    if (matched > 0 && (!best || matched > best.matched)) best = { quote: sentence, matched };
  }
  return best;
}

/** What the feedback itself quoted as the substance of the answer: the action of a story, a point made, a strength. */
function substanceQuote(feedback: QuestionFeedback): string | null {
  return feedback.star?.action ?? feedback.talkingPoints?.find((p) => p.quote)?.quote ?? feedback.strengths[0]?.quote ?? null;
}

/** Said in passing: most of the requirement's keys (at least two, or its one) in one sentence. */
const saysInPassing = (keys: ReturnType<typeof keysOf>, matched: number) => {
  const size = Math.max(keys.stems.size, keys.technologies.size);
  return size > 0 && matched >= Math.min(2, size) && matched / size >= 0.5;
};

/**
 * How the interview showed each requirement. A requirement is "shown" when a question built on it
 * was answered with a score of at least SHOWN_SCORE_MIN and a sentence of it says some of the
 * requirement's words (quoted; for a requirement with no words to look for, the feedback's own
 * quote of what the candidate did), or when a scored answer to another
 * question says most of its words in one sentence; "not_shown" when its question was asked but neither happened;
 * "not_asked" otherwise. `practiseNext`: not shown (lowest score first), then not asked, at most 3.
 * `plan` is the interview's plan (questions carry `requirementId`); `questions` are the report's.
 */
export function requirementEvidence(requirements: readonly Requirement[], plan: readonly PlannedQuestion[], questions: readonly QuestionFeedback[]): RequirementsReport {
  const probes = new Map(plan.map((q) => [q.id, q.requirementId]));
  const items = requirements.map((requirement): RequirementResult => {
    const keys = keysOf(requirement.text);
    const base = { requirementId: requirement.id, text: requirement.text, kind: requirement.kind };
    const asked = questions.filter((q) => probes.get(q.questionId) === requirement.id);
    const ranked = asked.map((q) => ({ q, score: overallScore(q) })).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
    const top = ranked[0];
    if (top && top.score !== null && top.score >= SHOWN_SCORE_MIN) {
      // A good answer shows the requirement only if it says something of it: a well-told story that
      // never names Kubernetes does not show "Kubernetes in production". Without words of its own to
      // look for, the answer's substance stands for it.
      const said = keys.stems.size + keys.technologies.size > 0 ? bestSentence(keys, top.q.answer)?.quote : substanceQuote(top.q);
      if (said) return { ...base, status: "shown", questionId: top.q.questionId, question: top.q.question, quote: said, score: top.score };
    }
    // Not the weak answers to its own questions: saying the words there is not showing it.
    for (const q of questions) {
      if (q.verdict !== "scored" || asked.includes(q)) continue;
      const best = bestSentence(keys, q.answer);
      if (best && saysInPassing(keys, best.matched)) {
        return { ...base, status: "shown", questionId: q.questionId, question: q.question, quote: best.quote, score: overallScore(q) };
      }
    }
    if (top) return { ...base, status: "not_shown", questionId: top.q.questionId, question: top.q.question, quote: null, score: top.score };
    return { ...base, status: "not_asked", questionId: null, question: null, quote: null, score: null };
  });
  const notShown = items.filter((r) => r.status === "not_shown").sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  const notAsked = items.filter((r) => r.status === "not_asked");
  return { items, practiseNext: [...notShown, ...notAsked].slice(0, 3).map((r) => r.requirementId) };
}
