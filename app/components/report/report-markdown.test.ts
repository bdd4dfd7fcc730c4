import { describe, expect, it } from "vitest";
import type { Report } from "../../../worker/protocol/report";
import { reportMarkdown } from "./report-markdown";

const rubric = (score: number) => ({ score, quote: "added an index", why: "Specific." });
const report: Report = {
  interviewId: "i",
  generatedAt: 1,
  provider: "offline",
  overall: { score: 3.5, summary: "1 of 2 answers could be scored.", nextSteps: ["Use STAR.", "Slow down."] },
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
    {
      questionId: "q2",
      question: "Tell me about a conflict.",
      kind: "behavioural",
      answer: "",
      verdict: "not_enough",
      notEnoughReason: "Nothing was said.",
      strengths: [],
      improvements: [],
      star: null,
      talkingPoints: null,
      rubric: null,
      metrics: null,
    },
  ],
};

describe("reportMarkdown", () => {
  const markdown = reportMarkdown(report, "Backend Developer");

  it("has the overall score, next steps, each question, quotes and scores", () => {
    expect(markdown).toContain("# Interview feedback: Backend Developer");
    expect(markdown).toContain("**Overall: 3.5 / 5**");
    expect(markdown).toContain("1. Use STAR.");
    expect(markdown).toContain("## 1. How would you speed up a query?");
    expect(markdown).toContain("- Concrete fix. “added an index”");
    expect(markdown).toContain("| depth | 3 / 5 |");
    expect(markdown).toContain("Not enough to score. Nothing was said.");
  });

  it("escapes what the candidate said, so it stays text", () => {
    expect(markdown).toContain("\\<script\\>alert\\(1\\)\\</script\\>");
    expect(markdown).toContain("\\*measured\\*");
  });
});
