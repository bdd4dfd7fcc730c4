// Finds the skills a job posting names: known ones by dictionary (technologies.ts), and other
// technology names from the lists its requirements give ("experience with Elixir or Gleam").
import { TECHNOLOGIES, type Technology } from "./technologies";

// Letters and digits, and the marks that end names like "C++" and "C#": a term touching one is part of a longer word.
const WORD = String.raw`[\p{L}\p{N}_#+]`;

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * All terms of one case mode as one pattern, longest first so the longest name wins where several
 * start at the same place; each a whole word, never the start of a dotted name ("Node" in "Node.js")
 * or of "Go-to". One pattern per mode, not one per term: a 20,000-character posting reads in a few ms.
 */
function termsPattern(terms: readonly string[], cased: boolean): RegExp {
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escape).join("|");
  return new RegExp(String.raw`(?<![\p{L}\p{N}_.#+])(?:${alternatives})(?!${WORD}|\.[\p{L}\p{N}]|-to\b)`, cased ? "gu" : "giu");
}

const UNCASED = new Map(TECHNOLOGIES.flatMap((t) => t.terms.map((term) => [term.toLowerCase(), t] as const)));
const CASED = new Map(TECHNOLOGIES.flatMap((t) => (t.cased ?? []).map((term) => [term, t] as const)));
const PATTERNS: readonly { pattern: RegExp; technologyOf: (match: string) => Technology | undefined }[] = [
  { pattern: termsPattern([...UNCASED.keys()], false), technologyOf: (match) => UNCASED.get(match.toLowerCase()) },
  { pattern: termsPattern([...CASED.keys()], true), technologyOf: (match) => CASED.get(match) },
];

interface Mention {
  name: string;
  start: number;
  end: number;
}

/** Every known technology named in `text`; where names overlap the longest wins ("React Native" is not "React"). */
export function mentionsIn(text: string): Mention[] {
  const all: Mention[] = [];
  for (const { pattern, technologyOf } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const technology = technologyOf(match[0]);
      if (technology) all.push({ name: technology.name, start: match.index, end: match.index + match[0].length });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of all) if (!kept.length || mention.start >= kept.at(-1)!.end) kept.push(mention);
  return kept;
}

/**
 * Known skills of the posting, most mentioned first (ties: first mentioned first). `lines` are the
 * posting's lines; those of requirements count twice, as they say what the job asks for.
 */
export function rankKnownSkills(lines: readonly { text: string; requirement: boolean }[]): string[] {
  const score = new Map<string, { weight: number; first: number }>();
  lines.forEach((line, index) => {
    for (const mention of mentionsIn(line.text)) {
      const entry = score.get(mention.name) ?? { weight: 0, first: index };
      entry.weight += line.requirement ? 2 : 1;
      score.set(mention.name, entry);
    }
  });
  return [...score.entries()].sort(([, a], [, b]) => b.weight - a.weight || a.first - b.first).map(([name]) => name);
}

// What introduces a list of technologies in a requirement.
const LIST_CUE =
  /\b(?:experience[ds]? (?:with|in|using|of)|knowledge of|proficien(?:cy|t) (?:in|with)|familiar(?:ity)? with|expertise (?:in|with)|skilled in|background in|hands-on (?:experience )?with|exposure to|work(?:ing|ed)? with|comfortable (?:with|in)|fluen(?:cy|t) in|such as|including|like|e\.g\.|with|using)\s+((?:[^.;:!?]|\.(?=[\p{L}\p{N}]))+)/giu;
// Words that are capitalised in postings but are not skills to practise.
const NOT_A_SKILL =
  /^(?:english|french|german|spanish|bachelor'?s?|master'?s?|bs|ba|ms|msc|bsc|phd|degree|computer science|engineering|mathematics|physics|uk|us|eu|europe|emea|remote|london|berlin|we|you|our|i|it|this|that|the|a|an|one|two|three|other|similar|equivalent|related|etc|years?|plus|bonus)$/i;

/** The items of a comma/"and"/"or"/"/" list, with leading filler dropped. */
function listItems(list: string): string[] {
  return list
    .split(/,|\/|\band\b|\bor\b|\bas well as\b|\(|\)|\bsuch as\b|\bincluding\b|\blike\b|\be\.g\./i)
    .map((item) =>
      item
        .trim()
        .replace(/^(?:such as|including|like|e\.g\.|the|a|an|modern|other|similar|at least one|one or more|any|some|tools like|frameworks like|languages like)\s+/i, "")
        .replace(/\s+(?:etc|is a plus|a plus|preferred|desirable|experience|or similar|or equivalent)$/i, "")
        .trim(),
    )
    .filter(Boolean);
}

/** A technology's name: one to three words, each written as a name ("Elixir", "Phoenix LiveView", "k6"). */
function looksLikeName(item: string): boolean {
  const words = item.split(/\s+/);
  if (words.length > 3 || item.length > 40 || NOT_A_SKILL.test(item)) return false;
  return words.every((word) => /^[\p{Lu}\d.@]|[\p{Lu}\d#+]/u.test(word) && !NOT_A_SKILL.test(word)) && /\p{L}/u.test(item);
}

/**
 * Names that no known skill covers, in order of appearance: in the technology lists of `requirements`
 * ("experience with Elixir or Gleam"), and in `stacks`, which are lists already ("Python, Celery").
 */
export function findFreeSkills(requirements: readonly string[], known: readonly string[], stacks: readonly string[] = []): string[] {
  const seen = new Set(known.map((name) => name.toLowerCase()));
  const found: string[] = [];
  for (const requirement of [...requirements, ...stacks]) {
    // A list ends where the sentence goes on about it: "k6 or Gatling for load testing".
    const lists = stacks.includes(requirement)
      ? [requirement]
      : [...requirement.matchAll(LIST_CUE)].map((match) => match[1]!.split(/\s(?:for|to|when|in|on|at|that|which|where|is|are|within|across)\s/)[0]!);
    lists.push(...[...requirement.matchAll(/\(([^)]+)\)/g)].map((match) => match[1]!));
    for (const list of lists) {
      for (const item of listItems(list)) {
        if (!looksLikeName(item) || mentionsIn(item).length > 0 || seen.has(item.toLowerCase())) continue;
        seen.add(item.toLowerCase());
        found.push(item);
      }
    }
  }
  return found;
}
