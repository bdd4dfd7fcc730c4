// The ways of making each talking point, gathered from the per-area tables; coverage reads them
// through `sensesOf`.
import { tag } from "../tagger";
import type { Pattern } from "./pattern";
import { ROLE_SENSES } from "./senses-roles";
import { SERVER_SENSES } from "./senses-server";
import { STORY_SENSES } from "./senses-story";
import { SYSTEM_SENSES } from "./senses-systems";
import { WEB_SENSES } from "./senses-web";

/**
 * One way of making a point: a pattern in order (see `pattern.ts`), or a list of words that must
 * all appear in one sentence in any order.
 */
export type Sense = Pattern | readonly string[];

/** Talking point, as the bank spells it, to the ways of making it. */
export type SenseTable = Readonly<Record<string, readonly Sense[]>>;

/** Words that carry no meaning of their own in a point ("the", "of", "your"). */
const FUNCTION_WORDS = new Set([
  "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on", "or",
  "the", "to", "vs", "versus", "with", "you", "your", "their", "them", "they", "what", "how", "why", "when",
]);

const TABLES: readonly SenseTable[] = [STORY_SENSES, ROLE_SENSES, WEB_SENSES, SERVER_SENSES, SYSTEM_SENSES];
const ALL = new Map<string, readonly Sense[]>();
for (const table of TABLES) {
  for (const [point, senses] of Object.entries(table)) {
    const key = point.toLowerCase();
    ALL.set(key, [...(ALL.get(key) ?? []), ...senses]);
  }
}

/**
 * Points whose own words mostly mean something else in an answer ("any of them", "if you call
 * it"): only their listed ways count.
 */
const MISLEADING_OWN_WORDS = new Set(["any", "race", "call and apply", "for of", "new keyword", "not in", "in operator", "as keyword", "with statement"]);

/** The point's own content words, all in one sentence, in any form: how a plain term ("call stack") is made. */
export function ownWords(point: string): Sense {
  const words = tag(point).filter((t) => /[\p{L}\p{N}]/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !t.lower.startsWith("'"));
  return words.length > 0 ? words.map((t) => t.lower) : [point.toLowerCase()];
}

/** Every way of making `point`: those listed for it, and its own words unless they mislead. */
export function sensesOf(point: string): readonly Sense[] {
  const key = point.toLowerCase();
  const listed = ALL.get(key) ?? [];
  return MISLEADING_OWN_WORDS.has(key) ? listed : [...listed, ownWords(point)];
}

/** Whether only the listed ways make the point. */
export function ownWordsMislead(point: string): boolean {
  return MISLEADING_OWN_WORDS.has(point.toLowerCase());
}

/** The points the tables list, lower-case; each must be a talking point in the bank. */
export function listedPoints(): string[] {
  return [...ALL.keys()];
}
