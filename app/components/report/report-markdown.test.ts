import { describe, expect, it } from "vitest";
import type { Report } from "../../../worker/protocol/report";
import { unscoredFeedback } from "../../../worker/test/feedback-fixtures";
import { reportMarkdown } from "./report-markdown";

const rubric = (score: number) => ({ score, quote: "added an index", why: "Specific." });
const report: Report = {
  interviewId: "i",
  generatedAt: 1,
  provider: "offline",
  overall: { score: 3.5, summary: "1 of 2 answers could be scored.", nextSteps: ["Use STAR.", "Slow down."], talkShare: 0.62 },
  questions: [
    {
      questionId: "q1",
      question: "How would you speed up a query?",
      kind: "technical",
      answer: "I added an index <script>alert(1)</script> and *measured*.",
      verdict: "scored",
      notEnoughReason: null,
      strengths: [{ point: "Concrete fix.", quote: "added an index" }],
      improvements: [{ point: "Say what changed.", quote: "measured" }],
      star: null,
      talkingPoints: null,
      rubric: { relevance: rubric(4), depth: rubric(3), structure: rubric(3), communication: rubric(4) },
      metrics: null,
    },
    unscoredFeedback({ questionId: "q2", question: "Tell me about a conflict.", kind: "behavioural" }),
  ],
  requirements: null,
};

const jobReport: Report = {
  ...report,
  requirements: {
    items: [
      { requirementId: "r1", text: "Tune PostgreSQL queries.", kind: "responsibility", status: "shown", questionId: "q1", question: "How would you speed up a query?", quote: "added an index", score: 3.5 },
      { requirementId: "r2", text: "Resolve conflicts <b>calmly</b>", kind: "qualification", status: "not_shown", questionId: "q2", question: "Tell me about a conflict.", quote: null, score: null },
      { requirementId: "r3", text: "Mentor engineers", kind: "responsibility", status: "not_asked", questionId: null, question: null, quote: null, score: null },
    ],
    practiseNext: ["r2", "r3"],
  },
};

describe("reportMarkdown", () => {
  const markdown = reportMarkdown(report, "Backend Developer");

  it("has the overall score, next steps, each question, quotes and scores", () => {
    expect(markdown).toContain("# Interview feedback: Backend Developer");
    expect(markdown).toContain("**Overall: 3.5 / 5**");
    expect(markdown).toContain("1. Use STAR.");
    expect(markdown).toContain("You did 62% of the talking");
    expect(markdown).toContain("## 1. How would you speed up a query?");
    expect(markdown).toContain("- Concrete fix. “added an index”");
    expect(markdown).toContain("| depth | 3 / 5 |");
    expect(markdown).toContain("Not enough to score. Nothing was said.");
  });

  it("counts delivery in the singular and the plural", () => {
    const [first] = report.questions;
    const delivery = (words: number, wordsPerMinute: number, fillers: number) =>
      reportMarkdown(
        {
          ...report,
          questions: [
            {
              ...first!,
              metrics: {
                kind: "voice",
                words,
                characters: 5 * words,
                speakingMs: 60_000,
                wordsPerMinute,
                fillers: { total: fillers, perMinute: fillers, counts: fillers ? { um: fillers } : {} },
                longPauses: null,
                notes: [],
              },
            },
          ],
        },
        "Backend Developer",
      );
    expect(delivery(1, 1, 1)).toContain("Delivery: 1 word, 1 word per minute, 1 filler.");
    expect(delivery(40, 120, 0)).toContain("Delivery: 40 words, 120 words per minute, 0 fillers.");
  });

  it("lists the job's requirements after the next steps: what to practise, then each with its quote or why not", () => {
    const withJob = reportMarkdown(jobReport, "Backend Developer");
    const part = withJob.slice(withJob.indexOf("## This job's requirements"), withJob.indexOf("## 1."));
    expect(withJob.indexOf("## Next steps")).toBeLessThan(withJob.indexOf("## This job's requirements"));
    expect(part).toContain("**Practise next**\n\n1. Resolve conflicts \\<b\\>calmly\\</b\\>\n2. Mentor engineers\n");
    expect(part).toContain("- **Shown**: Tune PostgreSQL queries. “added an index” (answering “How would you speed up a query?”)");
    expect(part).toContain("- **Not shown**: Resolve conflicts \\<b\\>calmly\\</b\\>. It was asked, but the answer had not enough in it to score.");
    expect(part).toContain("- **Not asked**: Mentor engineers. No question came to it");
    expect(markdown).not.toContain("This job's requirements");
  });

  it("escapes what the candidate said, so it stays text", () => {
    expect(markdown).toContain("\\<script\\>alert\\(1\\)\\</script\\>");
    expect(markdown).toContain("\\*measured\\*");
  });

  it("adds each scored attempt after its question, with what changed, and skips attempts still being scored", () => {
    const second = report.questions[1]!;
    const attempt = (messageId: string, feedback: typeof second | null) => ({
      messageId,
      interviewId: "i",
      role: "user" as const,
      content: "",
      timestamp: 2,
      status: "complete" as const,
      kind: "text" as const,
      error: null,
      metrics: null,
      attemptOf: "q2",
      feedback,
    });
    const retried = { ...second, answer: "We disagreed about *tabs*, so I listened first.", notEnoughReason: "Too short to score." };
    const withAttempts = reportMarkdown(report, "Backend Developer", [attempt("a1", retried), attempt("a2", null)]);
    const attemptPart = withAttempts.slice(withAttempts.indexOf("## 2. Tell me about a conflict."));
    expect(attemptPart).toContain("### Attempt 2");
    expect(attemptPart).toContain("> We disagreed about \\*tabs\\*, so I listened first.");
    expect(attemptPart).toContain("- Still not enough to score");
    expect(attemptPart).not.toContain("### Attempt 3");
  });
});
