// Turns stored reports into progress points (oldest first) and finds the weakest skill.
import type { PlannedQuestion } from "../ai/offline";
import type { Progress, ProgressPoint, SkillProgress } from "../protocol/progress";
import { overallScore, type QuestionFeedback, type Report } from "../protocol/report";
import type { InterviewSummary } from "../protocol/rest";

const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);

/** Speaking rate and fillers only mean something for answers long enough to measure a rate. */
function delivery(questions: QuestionFeedback[]): Pick<SkillProgress, "wordsPerMinute" | "fillersPerMinute"> {
  const spoken = questions.flatMap((q) =>
    q.metrics?.wordsPerMinute != null
      ? [{ wordsPerMinute: q.metrics.wordsPerMinute, fillersPerMinute: q.metrics.fillers.perMinute ?? 0 }]
      : [],
  );
  return {
    wordsPerMinute: mean(spoken.map((m) => m.wordsPerMinute)),
    fillersPerMinute: mean(spoken.map((m) => m.fillersPerMinute)),
  };
}

export function progressPoint(interview: InterviewSummary, report: Report, plan: PlannedQuestion[], posting: ProgressPoint["posting"] = null): ProgressPoint {
  const skillOf = new Map(plan.map((q) => [q.id, q.kind === "behavioural" ? "Behavioural" : (q.skill ?? null)]));
  const bySkill = new Map<string, QuestionFeedback[]>();
  for (const question of report.questions) {
    const skill = skillOf.get(question.questionId) ?? null;
    if (skill) bySkill.set(skill, [...(bySkill.get(skill) ?? []), question]);
  }
  const skills = [...bySkill].map(([skill, questions]): [string, SkillProgress] => [
    skill,
    { score: mean(questions.flatMap((q) => overallScore(q) ?? [])), ...delivery(questions) },
  ]);
  return {
    interviewId: interview.interviewId,
    title: interview.title,
    createdAt: interview.createdAt,
    score: report.overall.score,
    ...delivery(report.questions),
    skills: Object.fromEntries(skills),
    posting,
  };
}

export function progress(points: ProgressPoint[]): Progress {
  const sorted = [...points].sort((a, b) => a.createdAt - b.createdAt);
  const bySkill = new Map<string, number[]>();
  for (const point of sorted) {
    for (const [skill, { score }] of Object.entries(point.skills)) {
      if (score !== null) bySkill.set(skill, [...(bySkill.get(skill) ?? []), score]);
    }
  }
  const weakest = [...bySkill].map(([skill, scores]) => ({ skill, score: mean(scores)! })).sort((a, b) => a.score - b.score)[0];
  return { points: sorted, weakestSkill: weakest ?? null };
}
