// The report as Markdown, for the candidate to keep or share. Text from answers is quoted, never
// interpreted: Markdown control characters in it are escaped.
import { RUBRIC_KEYS, type QuestionFeedback, type Report, type RequirementsReport } from "../../../worker/protocol/report";
import { countOf } from "../../../worker/protocol/plural";
import type { LiveMessage } from "../../../worker/protocol/socket";
import { compareAttempts } from "../attempts/compare-attempts";
import { REQUIREMENT_STATUS_TEXT, requirementGap } from "./requirement-status";
import { talkShareText } from "./talk-share";

const escape = (text: string) => text.replace(/([\\`*_{}[\]()#+!|<>-])/g, "\\$1");
const quote = (text: string) => `“${escape(text)}”`;

function feedbackLines(q: QuestionFeedback): string[] {
  const lines: string[] = [];
  if (q.metrics) {
    const m = q.metrics;
    const pace = m.wordsPerMinute === null ? "" : `, ${countOf(Math.round(m.wordsPerMinute), "word")} per minute`;
    lines.push(`Delivery: ${countOf(m.words, "word")}${pace}, ${countOf(m.fillers.total, "filler")}.`, "");
  }
  if (q.verdict === "not_enough") return [...lines, `Not enough to score. ${escape(q.notEnoughReason ?? "")}`, ""];
  if (q.strengths.length) lines.push("**Strengths**", "", ...q.strengths.map((e) => `- ${escape(e.point)} ${quote(e.quote)}`), "");
  if (q.improvements.length) lines.push("**To improve**", "", ...q.improvements.map((e) => `- ${escape(e.point)} ${quote(e.quote)}`), "");
  if (q.rubric) {
    lines.push("| | score | why |", "|---|---|---|");
    for (const key of RUBRIC_KEYS) lines.push(`| ${key} | ${q.rubric[key].score} / 5 | ${escape(q.rubric[key].why)} ${quote(q.rubric[key].quote)} |`);
    lines.push("");
  }
  return lines;
}

function requirementLines({ items, practiseNext }: RequirementsReport): string[] {
  const lines = ["## This job's requirements", ""];
  const next = practiseNext.flatMap((id) => items.filter((r) => r.requirementId === id));
  if (next.length > 0) lines.push("**Practise next**", "", ...next.map((r, i) => `${i + 1}. ${escape(r.text)}`), "");
  for (const r of items) {
    const where = r.question ? ` (answering “${escape(r.question)}”)` : "";
    const evidence = r.quote ? `${quote(r.quote)}${where}` : `${escape(requirementGap(r) ?? "")}${where}`;
    lines.push(`- **${REQUIREMENT_STATUS_TEXT[r.status]}**: ${escape(r.text.replace(/[.;:]+$/, ""))}. ${evidence}`);
  }
  return [...lines, ""];
}

/** `attempts`: later attempts at single questions; the scored ones follow their question, compared with the first answer. */
export function reportMarkdown(report: Report, title: string, attempts: LiveMessage[] = []): string {
  const lines = [`# Interview feedback: ${escape(title)}`, ""];
  lines.push(report.overall.score === null ? "**Not enough to score.**" : `**Overall: ${report.overall.score} / 5**`, "");
  lines.push(escape(report.overall.summary), "");
  if (report.overall.talkShare !== null) lines.push(`${escape(talkShareText(report.overall.talkShare))}`, "");
  if (report.overall.nextSteps.length > 0) {
    lines.push("## Next steps", "", ...report.overall.nextSteps.map((step, i) => `${i + 1}. ${escape(step)}`), "");
  }
  if (report.requirements) lines.push(...requirementLines(report.requirements));
  report.questions.forEach((q, i) => {
    lines.push(`## ${i + 1}. ${escape(q.question)}`, "", `> ${escape(q.answer || "(nothing)")}`, "", ...feedbackLines(q));
    attempts
      .filter((a) => a.attemptOf === q.questionId)
      .forEach((attempt, n) => {
        if (!attempt.feedback) return;
        const { changes } = compareAttempts(q, attempt.feedback);
        lines.push(`### Attempt ${n + 2}`, "", `> ${escape(attempt.feedback.answer || "(nothing)")}`, "");
        lines.push(...changes.map((change) => `- ${escape(change)}`), "", ...feedbackLines(attempt.feedback));
      });
  });
  return lines.join("\n");
}

/** Saves text as a file through the browser's download. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: filename });
  link.click();
  URL.revokeObjectURL(url);
}
