// The report as Markdown, for the candidate to keep or share. Text from answers is quoted, never
// interpreted: Markdown control characters in it are escaped.
import { RUBRIC_KEYS, type Report } from "../../../worker/protocol/report";

const escape = (text: string) => text.replace(/([\\`*_{}[\]()#+!|<>-])/g, "\\$1");
const quote = (text: string) => `“${escape(text)}”`;

export function reportMarkdown(report: Report, title: string): string {
  const lines = [`# Interview feedback: ${escape(title)}`, ""];
  lines.push(report.overall.score === null ? "**Not enough to score.**" : `**Overall: ${report.overall.score} / 5**`, "");
  lines.push(escape(report.overall.summary), "");
  if (report.overall.nextSteps.length > 0) {
    lines.push("## Next steps", "", ...report.overall.nextSteps.map((step, i) => `${i + 1}. ${escape(step)}`), "");
  }
  report.questions.forEach((q, i) => {
    lines.push(`## ${i + 1}. ${escape(q.question)}`, "", `> ${escape(q.answer || "(nothing)")}`, "");
    if (q.metrics) {
      const m = q.metrics;
      lines.push(`Delivery: ${m.words} words${m.wordsPerMinute === null ? "" : `, ${Math.round(m.wordsPerMinute)} words per minute`}, ${m.fillers.total} fillers.`, "");
    }
    if (q.verdict === "not_enough") {
      lines.push(`Not enough to score. ${escape(q.notEnoughReason ?? "")}`, "");
      return;
    }
    if (q.strengths.length) lines.push("**Strengths**", "", ...q.strengths.map((e) => `- ${escape(e.point)} ${quote(e.quote)}`), "");
    if (q.improvements.length) lines.push("**To improve**", "", ...q.improvements.map((e) => `- ${escape(e.point)} ${quote(e.quote)}`), "");
    if (q.rubric) {
      lines.push("| | score | why |", "|---|---|---|");
      for (const key of RUBRIC_KEYS) lines.push(`| ${key} | ${q.rubric[key].score} / 5 | ${escape(q.rubric[key].why)} ${quote(q.rubric[key].quote)} |`);
      lines.push("");
    }
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
