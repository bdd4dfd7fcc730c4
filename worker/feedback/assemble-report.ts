// Assembles a report from per-question feedback (computed offline or written by a model): the
// overall score, a summary and next steps drawn from the scores and improvements.
import { countOf } from "../protocol/plural";
import { RUBRIC_KEYS, overallScore, type QuestionFeedback, type Report, type RequirementsReport, type RubricKey } from "../protocol/report";

const ADVICE: Record<RubricKey, string> = {
  relevance: "Answer the question that was asked first, then add context.",
  depth: "Go one level deeper: name the tools, the trade-offs and a number that shows the result.",
  structure: "Give answers a shape: situation, what you did, and the result (STAR) for stories; steps and a conclusion for technical questions.",
  communication: "Speak at a steady pace and replace fillers with a short silent pause.",
};

const round1 = (n: number) => Math.round(n * 10) / 10;

function weakestDimensions(scored: QuestionFeedback[]): RubricKey[] {
  const means = RUBRIC_KEYS.map((key) => {
    const values = scored.map((q) => q.rubric![key].score);
    return { key, mean: values.reduce((a, b) => a + b, 0) / values.length };
  });
  return means.filter((m) => m.mean < 4).sort((a, b) => a.mean - b.mean).map((m) => m.key);
}

export function assembleReport(
  interviewId: string,
  provider: Report["provider"],
  questions: QuestionFeedback[],
  talkShare: number | null,
  now: number,
  requirements: RequirementsReport | null = null,
): Report {
  const scored = questions.filter((q) => q.verdict === "scored");
  const scores = questions.map(overallScore).filter((s): s is number => s !== null);
  const score = scores.length > 0 ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null;

  const nextSteps: string[] = [];
  if (scored.length < questions.length) {
    nextSteps.push("Give every question a full answer: a few sentences with one concrete example from your own work.");
  }
  for (const key of scored.length > 0 ? weakestDimensions(scored) : []) {
    if (nextSteps.length < 3) nextSteps.push(ADVICE[key]);
  }
  for (const improvement of scored.flatMap((q) => q.improvements)) {
    if (nextSteps.length < 3 && !nextSteps.includes(improvement.point)) nextSteps.push(improvement.point);
  }

  const answers = countOf(questions.length, "answer");
  const one = questions.length === 1;
  const summary =
    questions.length === 0
      ? "No questions were answered, so there is nothing to score yet."
      : scored.length === 0
        ? `${one ? "Your answer did not have enough in it" : `None of your ${answers} had enough in them`} to score. ` +
          "That is normal on a first try: answer in full sentences, out loud, as if to a real interviewer."
        : `${one ? `Your answer scored ${score}` : `${scored.length} of your ${answers} could be scored, averaging ${score}`} out of 5. ` +
          "Each point below quotes what you said, so you can see exactly where it came from.";

  return { interviewId, generatedAt: now, provider, questions, overall: { score, summary, nextSteps, talkShare }, requirements };
}
