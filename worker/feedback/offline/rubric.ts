// Relevance, depth and structure scores (1-5), each with the quote it rests on and the reason.
import type { z } from "zod";
import { countOf } from "../../protocol/plural";
import { STAR_PARTS, type rubricScoreSchema } from "../../protocol/report";
import type { Analysis } from "./analysis";
import { quoteFrom } from "./sentences";

export type RubricScore = z.infer<typeof rubricScoreSchema>;

/** "a, b and c" (or "a, b or c") for the candidate to read. */
export function listOf(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

const clampScore = (value: number) => Math.max(1, Math.min(5, Math.round(value)));

/** The sentence that best stands for the whole answer when nothing more specific applies. */
function openingQuote(a: Analysis): string {
  return quoteFrom(a.answer, a.sentences[0]!);
}

export function relevance(a: Analysis): RubricScore {
  const total = a.points.length;
  const coveredShare = total > 0 ? a.covered.length / total : 0;
  // Talking points are what a strong answer covers; the question's own words show it was heard.
  const share = 0.7 * coveredShare + 0.3 * Math.min(1, a.questionTermShare * 1.5);
  const score = share >= 0.75 ? 5 : share >= 0.55 ? 4 : share >= 0.35 ? 3 : share >= 0.15 ? 2 : 1;
  const names = a.covered.map((p) => p.point);
  const missing = a.points.filter((p) => p.quote === null).map((p) => p.point);
  const why =
    names.length === 0
      ? `The answer stays near the question but does not reach the points a strong answer covers, such as ${listOf(missing.slice(0, 2))}.`
      : `You covered ${names.length} of the ${countOf(total, "point")} a strong answer covers (${names.length > 4 ? "including " : ""}${listOf(names.slice(0, 4))})` +
        (missing.length > 0 ? `; ${listOf(missing.slice(0, 2))} ${missing.length === 1 ? "was" : "were"} missing.` : ".");
  return { score, quote: a.covered[0]?.quote ?? openingQuote(a), why };
}

export function depth(a: Analysis): RubricScore {
  const coveredShare = a.points.length > 0 ? a.covered.length / a.points.length : 0;
  const shown: string[] = [];
  const lacking: string[] = [];
  const note = (present: unknown, label: string, missing = label) => (present ? shown.push(label) : lacking.push(missing));
  note(a.example, "a concrete example", "concrete example");
  note(a.number, "numbers");
  note(a.reasoning, "reasoning", "reasons why");
  note(a.named.length >= 2, "named tools or techniques");
  const points =
    (a.example ? 1 : 0) +
    (a.number ? 1 : 0) +
    (a.reasoning ? 1 : 0) +
    (a.named.length >= 2 ? 0.5 : 0) +
    (coveredShare >= 0.5 ? 1 : coveredShare >= 0.25 ? 0.5 : 0) +
    // Depth takes room: a minute of speech is roughly 130 words.
    (a.words >= 90 ? 1 : a.words >= 50 ? 0.5 : 0);
  const score = clampScore(1 + Math.floor(points));
  const why =
    shown.length === 0
      ? "The answer stays general: no concrete example, numbers or reasons why to show how well you know this."
      : `You went into detail with ${listOf(shown)}` + (lacking.length > 0 ? `, but gave no ${listOf(lacking, "or")}.` : ".");
  const quote = a.number ?? a.example ?? a.reasoning ?? a.covered[0]?.quote ?? openingQuote(a);
  return { score, quote, why };
}

function storyStructure(a: Analysis): RubricScore {
  const star = a.star!;
  const present = STAR_PARTS.filter((part) => star[part] !== null);
  const missing = STAR_PARTS.filter((part) => star[part] === null);
  const why =
    present.length === 0
      ? "The answer does not tell a story: no situation, task, action or result is clear."
      : `Your story covered the ${listOf(present)}` + (missing.length > 0 ? `; the ${listOf(missing)} ${missing.length === 1 ? "was" : "were"} not clear.` : ".");
  const quote = star.result ?? star.action ?? star.situation ?? star.task ?? openingQuote(a);
  return { score: clampScore(1 + present.length), quote, why };
}

function explanationStructure(a: Analysis): RubricScore {
  const signposting = a.signposts.length >= 3 ? 2 : a.signposts.length >= 1 ? 1 : 0;
  // An answer that opens on the question and then develops it, rather than a single blurted line.
  const developed = a.onTopicOpening !== undefined && a.sentences.length >= 3 && a.covered.length >= 2 ? 1 : 0;
  const score = clampScore(1 + signposting + (a.conclusion ? 1 : 0) + developed);
  const parts: string[] = [];
  if (signposting > 0) parts.push(`you signposted your points (${listOf(a.signposts.slice(0, 3).map((s) => `"${s}"`))})`);
  if (a.conclusion) parts.push("you closed with a clear summary");
  const why =
    parts.length === 0
      ? "The points run together: no signposts such as \"first\" or \"for example\", and no closing summary."
      : `${parts.join(" and ").replace(/^./, (c) => c.toUpperCase())}` + (a.conclusion ? "." : ", but there was no closing summary.");
  const quote = a.conclusion ?? a.firstSignpost ?? openingQuote(a);
  return { score, quote, why };
}

export function structure(a: Analysis): RubricScore {
  return a.star ? storyStructure(a) : explanationStructure(a);
}
