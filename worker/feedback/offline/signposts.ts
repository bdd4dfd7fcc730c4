// Finds the words that lead a listener through an answer ("first … then … finally", "for example")
// where they do that job, and not where the same word means something else ("1 second", "the
// first request", "second-level cache", "back then"). Used by the answer analysis.
import { tag, type Token } from "../../ai/offline/tagger";

/** Ordering words, counted only where they open a sentence or a clause. */
const ORDERING = new Set(["first", "firstly", "second", "secondly", "third", "thirdly", "then", "next", "finally", "lastly"]);
/** Phrases that only ever lead the listener, wherever they stand. */
const PHRASES = [
  "first of all", "to start with", "to begin with", "to start", "to begin", "after that", "on the other hand", "in contrast",
  "whereas", "for example", "for instance", "there are two", "there are three", "another reason", "another point",
  "another thing", "another option", "another way", "another benefit", "another advantage", "another example",
  "the other reason", "the other side", "the other option",
];
/** Words that link clauses, after which an ordering word still opens its clause ("and then we…"). */
const LINKS = new Set(["and", "but", "so", "or"]);
const CLAUSE_BREAKS = new Set([",", ";", ":", "—", "–", "(", "-"]);
/** "back then", "since then": a time, not a step. */
const TIME_BEFORE_THEN = new Set(["back", "since", "by", "until", "till", "from", "even", "only", "just"]);

const isBreak = (t: Token | undefined) => t === undefined || (t.pos === "PUNCT" && CLAUSE_BREAKS.has(t.text) && (t.text !== "-" || t.spaced));

/** Whether the ordering word at `i` opens its clause and leads into it, rather than naming or counting something. */
function leads(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const word = tokens[i]!.lower;
  const opens = isBreak(prev) || LINKS.has(prev!.lower);
  if (!opens) return false;
  if (word === "then") {
    if (prev && TIME_BEFORE_THEN.has(prev.lower)) return false;
    // "If it fails, then we retry": the other half of a condition.
    if (tokens.slice(0, i).some((t) => t.lower === "if")) return false;
  }
  // "Second-level cache", "first request", "next task": the word describes what follows.
  if (next === undefined || (next.pos === "PUNCT" && !isBreak(next))) return next === undefined && word !== "then" && word !== "next";
  return !["NOUN", "PROPN", "NUM", "ADJ"].includes(next.pos) || next.lower === "of";
}

/** The signposts of one sentence, lower-case, in order of first use. */
export function signpostsIn(sentence: string): string[] {
  const tokens = tag(sentence);
  const words = tokens.map((t) => t.lower).join(" ");
  const found: { at: number; phrase: string }[] = [];
  for (const phrase of PHRASES) {
    const at = ` ${words} `.indexOf(` ${phrase} `);
    if (at >= 0) found.push({ at, phrase });
  }
  let offset = 0;
  tokens.forEach((token, i) => {
    if (ORDERING.has(token.lower) && leads(tokens, i)) found.push({ at: offset, phrase: token.lower });
    offset += token.lower.length + 1;
  });
  // A longer phrase wins where two start together: "first of all", not also "first".
  found.sort((a, b) => a.at - b.at || b.phrase.length - a.phrase.length);
  const kept = found.filter((f, i) => i === 0 || found[i - 1]!.at !== f.at);
  return [...new Set(kept.map((f) => f.phrase))];
}
