// Turns stored reports into progress points (oldest first) and finds the weakest skill.
import type { PlannedQuestion } from "../ai/offline";
import type { Progress, ProgressPoint } from "../protocol/progress";
import type { Report } from "../protocol/report";
import type { InterviewSummary } from "../protocol/rest";
import { overallScore } from "./offline/score-answer";

const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);

export function progressPoint(interview: InterviewSummary, report: Report, plan: PlannedQuestion[]): ProgressPoint {
  const skillOf = new Map(plan.map((q) => [q.id, q.kind === "behavioural" ? "Behavioural" : (q.skill ?? null)]));
  const spoken = report.questions.flatMap((q) => (q.metrics?.wordsPerMinute != null ? [q.metrics] : []));
  const bySkill = new Map<string, number[]>();
  for (const question of report.questions) {
    const score = overallScore(question);
    const skill = skillOf.get(question.questionId) ?? null;
    if (score === null || !skill) continue;
    bySkill.set(skill, [...(bySkill.get(skill) ?? []), score]);
  }
  return {
    interviewId: interview.interviewId,
    title: interview.title,
    createdAt: interview.createdAt,
    score: report.overall.score,
    wordsPerMinute: mean(spoken.map((m) => m.wordsPerMinute!)),
    fillersPerMinute: mean(spoken.map((m) => m.fillers.perMinute ?? 0)),
    skillScores: Object.fromEntries([...bySkill].map(([skill, scores]) => [skill, mean(scores)!])),
  };
}

export function progress(points: ProgressPoint[]): Progress {
  const sorted = [...points].sort((a, b) => a.createdAt - b.createdAt);
  const bySkill = new Map<string, number[]>();
  for (const point of sorted) {
    for (const [skill, score] of Object.entries(point.skillScores)) bySkill.set(skill, [...(bySkill.get(skill) ?? []), score]);
  }
  const weakest = [...bySkill].map(([skill, scores]) => ({ skill, score: mean(scores)! })).sort((a, b) => a.score - b.score)[0];
  return { points: sorted, weakestSkill: weakest ?? null };
}
