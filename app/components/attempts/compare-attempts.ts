// What changed between the first answer to a question and a later attempt at it: content coverage
// (expected points or STAR parts), the score, and delivery. Pure, so it is tested on fixed feedback.
import type { DeliveryMetrics } from "../../../worker/protocol/feedback";
import { countOf } from "../../../worker/protocol/plural";
import { overallScore, type QuestionFeedback } from "../../../worker/protocol/report";

export interface ComparisonRow {
  label: string;
  before: string;
  after: string;
}

export interface AttemptComparison {
  rows: ComparisonRow[];
  /** Sentences for the candidate, most important first. */
  changes: string[];
}

const NONE = "—";
const round1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number | null | undefined, unit = "") => (n === null || n === undefined ? NONE : `${round1(n)}${unit}`);

/** The expected points (technical and role questions) or STAR parts (behavioural) an answer covered. */
function coverage(feedback: QuestionFeedback): { label: string; all: string[]; covered: Set<string> } | null {
  if (feedback.talkingPoints) {
    const all = feedback.talkingPoints.map((t) => t.point);
    return { label: "Expected points covered", all, covered: new Set(feedback.talkingPoints.filter((t) => t.quote).map((t) => t.point)) };
  }
  if (feedback.star) {
    const entries = Object.entries(feedback.star);
    return { label: "STAR parts covered", all: entries.map(([part]) => part), covered: new Set(entries.filter(([, q]) => q).map(([part]) => part)) };
  }
  return null;
}

function scoreChange(before: number | null, after: number | null): string {
  if (before === null && after === null) return "Still not enough to score: answer in full sentences with one concrete example.";
  if (before === null) return `Now scored: ${after} / 5. The first answer could not be scored.`;
  if (after === null) return `This attempt could not be scored; the first answer scored ${before} / 5.`;
  const delta = round1(after - before);
  if (delta === 0) return `Score unchanged at ${after} / 5.`;
  return `Score ${delta > 0 ? "up" : "down"} from ${before} to ${after} / 5 (${delta > 0 ? "+" : ""}${delta}).`;
}

function deliveryChanges(before: DeliveryMetrics | null, after: DeliveryMetrics | null): string[] {
  if (!before || !after) return [];
  const changes: string[] = [];
  if (before.words !== after.words) changes.push(`Length: ${before.words} → ${countOf(after.words, "word")}.`);
  if (before.wordsPerMinute !== null && after.wordsPerMinute !== null && Math.round(before.wordsPerMinute) !== Math.round(after.wordsPerMinute)) {
    changes.push(`Pace: ${Math.round(before.wordsPerMinute)} → ${countOf(Math.round(after.wordsPerMinute), "word")} per minute.`);
  }
  const perMinute = [before.fillers.perMinute, after.fillers.perMinute];
  if (perMinute[0] != null && perMinute[1] != null) {
    if (round1(perMinute[0]) !== round1(perMinute[1])) changes.push(`Fillers: ${round1(perMinute[0])} → ${round1(perMinute[1])} per minute.`);
  } else if (before.fillers.total !== after.fillers.total) {
    changes.push(`Fillers: ${before.fillers.total} → ${after.fillers.total}.`);
  }
  if (before.longPauses && after.longPauses && before.longPauses.count !== after.longPauses.count) {
    changes.push(`Long pauses: ${before.longPauses.count} → ${after.longPauses.count}.`);
  }
  return changes;
}

const fillerCell = (m: DeliveryMetrics | null) =>
  !m ? NONE : m.fillers.perMinute !== null ? `${round1(m.fillers.perMinute)} per minute` : String(m.fillers.total);

export function compareAttempts(before: QuestionFeedback, after: QuestionFeedback): AttemptComparison {
  const scores = [overallScore(before), overallScore(after)] as const;
  const changes = [scoreChange(...scores)];
  const rows: ComparisonRow[] = [{ label: "Score", before: scores[0] === null ? "Not enough to score" : `${scores[0]} / 5`, after: scores[1] === null ? "Not enough to score" : `${scores[1]} / 5` }];

  const was = coverage(before);
  const now = coverage(after);
  const shape = now ?? was;
  if (shape) {
    const count = (c: typeof was) => (c ? `${c.covered.size} of ${c.all.length}` : NONE);
    rows.push({ label: shape.label, before: count(was), after: count(now) });
    const gained = shape.all.filter((item) => now?.covered.has(item) && !was?.covered.has(item));
    const lost = shape.all.filter((item) => was?.covered.has(item) && !now?.covered.has(item));
    if (gained.length > 0) changes.push(`Now covers: ${gained.join("; ")}.`);
    if (lost.length > 0) changes.push(`No longer covers: ${lost.join("; ")}.`);
    const missing = shape.all.filter((item) => !now?.covered.has(item));
    if (now && missing.length > 0) changes.push(`Still missing: ${missing.join("; ")}.`);
  }

  const [b, a] = [before.metrics, after.metrics];
  rows.push(
    { label: "Words", before: fmt(b?.words), after: fmt(a?.words) },
    { label: "Spoken for", before: fmt(b?.speakingMs != null ? b.speakingMs / 1000 : null, " s"), after: fmt(a?.speakingMs != null ? a.speakingMs / 1000 : null, " s") },
    { label: "Words per minute", before: fmt(b?.wordsPerMinute != null ? Math.round(b.wordsPerMinute) : null), after: fmt(a?.wordsPerMinute != null ? Math.round(a.wordsPerMinute) : null) },
    { label: "Fillers", before: fillerCell(b), after: fillerCell(a) },
    { label: "Long pauses", before: fmt(b?.longPauses?.count), after: fmt(a?.longPauses?.count) },
  );
  changes.push(...deliveryChanges(b, a));
  // A row with nothing on either side (say, speaking rate for two typed answers) only adds noise.
  return { rows: rows.filter((row) => row.before !== NONE || row.after !== NONE), changes };
}
