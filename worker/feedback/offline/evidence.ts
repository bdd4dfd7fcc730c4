// Strengths and improvements for a scored answer, each tied to a quote of the answer: the sentence
// that shows the strength, or the place where the missing piece belongs.
import type { Evidence } from "../../protocol/report";
import type { Analysis } from "./analysis";
import type { CommunicationResult } from "./communication";
import { hasNumber } from "./markers";
import { listOf } from "./rubric";
import { quoteFrom } from "./sentences";
import { closestSentence } from "./talking-points";

/** Enough to act on; more turns feedback into a list nobody reads. */
export const MAX_EVIDENCE = 3;

type Candidate = Evidence | null | undefined | false;

// Keep the first few. Strengths skip repeats of a quote so each points somewhere new; several
// improvements may rightly belong at the same place (the end of the answer).
function firstDistinct(candidates: Candidate[], distinctQuotes: boolean): Evidence[] {
  const picked: Evidence[] = [];
  for (const candidate of candidates) {
    if (!candidate || picked.length >= MAX_EVIDENCE) continue;
    const repeat = (item: Evidence) => item.point === candidate.point || (distinctQuotes && item.quote === candidate.quote);
    if (picked.some(repeat)) continue;
    picked.push(candidate);
  }
  return picked;
}

export function strengths(a: Analysis, delivery: CommunicationResult): Evidence[] {
  const star = a.star;
  const covered = a.covered.map((p) => p.point);
  const opening = quoteFrom(a.answer, a.sentences[0]!);
  // An answer that makes none of the question's points gets no praise for its content: an example
  // or a figure about something else does not answer the question.
  const onTopic = a.covered.length > 0;
  return firstDistinct([
    star?.result != null && hasNumber(star.result) && { point: "You backed the result with a number.", quote: star.result },
    !star && onTopic && a.number !== undefined && { point: "You gave a concrete figure, which makes the answer credible.", quote: a.number },
    covered.length >= Math.ceil(a.points.length / 2) &&
      a.covered[0] && { point: `You covered the key points, including ${listOf(covered.slice(0, 2))}.`, quote: a.covered[0].quote },
    onTopic && a.example !== undefined && { point: "You grounded the answer in a real example.", quote: a.example },
    star?.situation != null && star.action !== null && star.result !== null && { point: "Your story had a clear situation, action and result.", quote: star.action },
    a.reasoning !== undefined && { point: "You explained why, not just what.", quote: a.reasoning },
    a.conclusion !== undefined && { point: "You finished with a clear conclusion.", quote: a.conclusion },
    delivery.praise !== null && { point: delivery.praise, quote: opening },
    a.onTopicOpening !== undefined && { point: "You went straight to the question.", quote: a.onTopicOpening },
  ], true);
}

export function improvements(a: Analysis, delivery: CommunicationResult): Evidence[] {
  const star = a.star;
  const first = quoteFrom(a.answer, a.sentences[0]!);
  const last = quoteFrom(a.answer, a.sentences[a.sentences.length - 1]!);
  const missing = a.points.filter((p) => p.quote === null).map((p) => p.point);
  // Story points are abstract ("change made") and told in the candidate's own words, so word
  // matching can miss them: ask to make them explicit rather than claim they were not said.
  const missingPoint = (point: string | undefined) =>
    point !== undefined && {
      point: star
        ? `Make "${point}" explicit; a strong answer to this question spells it out.`
        : `You did not mention ${point}, which a strong answer to this question covers.`,
      quote: quoteFrom(a.answer, closestSentence(a.sentences, point)),
    };
  const anchor = a.covered[0]?.quote ?? first;
  // Delivery that badly gets in the way comes first: content cannot land if it cannot be followed.
  const deliveryFirst = delivery.score <= 2 ? delivery.issues : [];
  return firstDistinct([
    ...deliveryFirst,
    star && !star.result && { point: "Say what the outcome was, ideally with a number.", quote: last },
    star && !star.action && { point: "Say what you yourself did: name the steps you took, using \"I\".", quote: first },
    star && !star.situation && { point: "Open with the situation: where you were and what was at stake.", quote: first },
    star?.result != null && !a.number && { point: "Put a number on the result, such as time saved or errors avoided.", quote: star.result },
    missingPoint(missing[0]),
    a.words < 50 && { point: "Go deeper: a full answer usually takes a minute or two of speaking.", quote: last },
    !a.example && { point: "Add a concrete example from your own work to show you have done this.", quote: anchor },
    delivery.issues[0],
    !a.reasoning && {
      point: star ? "Say why you chose what you did; the reasoning is what interviewers weigh." : "Explain why: say what makes this the right choice and what it costs.",
      quote: star?.action ?? anchor,
    },
    !star && !a.conclusion && { point: "Finish with a one-line summary of your answer.", quote: last },
    missingPoint(missing[1]),
  ], false);
}
