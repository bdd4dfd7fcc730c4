// Recognises the headings of a job posting and what their section holds; used by read-posting.ts.
import type { PostingLine } from "./posting-lines";

/** What a section's lines are: duties, asks of the candidate, anything else (the company, pay), or not said. */
export type SectionKind = "responsibility" | "qualification" | "other" | "unknown";

// Checked in this order: "What we offer" must be "other" before "what" + "you'll do" is looked at,
// and "Experience you'll bring" a qualification before "you'll" reads as a duty.
const KIND_BY_WORDS: readonly (readonly [SectionKind, RegExp])[] = [
  // Often prose that mixes the company, the duties and the asks: each sentence is judged on its own.
  ["unknown", /^(?:about the (?:role|job|position|opportunity)|the opportunity|job description|role description|description|overview|summary)$/i],
  [
    "other",
    /\b(?:benefits?|perks|we offer|offer you|about (?:us|the (?:company|team))|who we are|our (?:company|mission|values|culture|team|story|stack|tech)|company|compensation|salary|pay|package|how to apply|apply|application|process|equal (?:opportunit|employment)|diversity|location|working (?:hours|pattern)|why (?:join|work)|tech stack|stack|tools we use|in it for you|you(?:'ll| will)? get|in return|interview|hiring process|the team)\b/i,
  ],
  [
    "qualification",
    /\b(?:requirements?|required|qualifications?|skills|experience|bring|looking for|about you|who you are|you (?:have|are|bring|might be|should)|you'll (?:have|need|bring)|you will (?:have|need|bring)|must[- ]haves?|nice[- ]to[- ]haves?|bonus|pluses|a plus|preferred|desirable|desired|ideal(?:ly)?|essential|competenc(?:e|ies)|profile|candidate|what we(?:'re| are)? (?:look|need|want|expect)|need to succeed|to succeed|hear from you if)/i,
  ],
  [
    "responsibility",
    /\b(?:responsibilit|duties|what you(?:'ll| will)? (?:do|be doing|work on|own|build)|you(?:'ll| will) (?:do|be doing|work on|own|build|be|:)|the (?:role|job|position|work)|your (?:role|job|impact|mission|day|responsibilities)|day[- ]to[- ]day|in this role|role overview|what the job involves|key (?:tasks|accountabilities)|accountabilities|impact|mission|tasks)/i,
  ],
];

const HEADING_MAX_WORDS = 9;

// Headings that often stand alone with no colon or mark: a requirement is never only these words.
const KNOWN_HEADING = new RegExp(
  "^(?:(?:key|main|core|your|the|job|role|minimum|basic|preferred|additional|desired|required|essential|technical|our)\\s+)*" +
    "(?:responsibilities|duties|requirements|qualifications|skills(?: and (?:experience|qualifications))?|experience|benefits|perks|summary|overview|description|role|job|position|team|company|tech stack|stack|profile|impact|mission|nice[- ]to[- ]haves?|must[- ]haves?|bonus(?: points)?|desirable|essential|preferred|location|salary|compensation)$" +
    "|^(?:(?:what )?you(?:'ll| will) (?:do|bring|need|have|be doing|work on|get)|what we(?:'re| are) looking for|what we offer|what's in it for you|about (?:you|us|the (?:role|job|team|company|position))|who you are|who we are|you have|you are|how to apply|why join us|in this role you will|day to day)$",
  "i",
);

/** The kind a heading announces, from its words; "unknown" when they say nothing we know. */
export function kindOfHeading(heading: string): SectionKind {
  const words = heading.replace(/[’‘`]/g, "'");
  for (const [kind, pattern] of KIND_BY_WORDS) if (pattern.test(words)) return kind;
  return "unknown";
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * The line's text as a heading, and what comes after its colon on the same line ("Requirements: 5+
 * years of Go" → heading "Requirements", rest "5+ years of Go"); null when the line is not a heading.
 * A heading is short and either marked (Markdown, HTML), in capitals, ended by a colon, or a phrase
 * that only headings use ("Responsibilities", "About you").
 */
export function asHeading(line: PostingLine): { heading: string; rest: string } | null {
  const inline = /^([^:.!?]{2,60}):\s+(\S.*)$/.exec(line.text);
  if (inline && !line.bullet) {
    const heading = inline[1]!.trim();
    if (heading.split(" ").length <= 5 && kindOfHeading(heading) !== "unknown") return { heading, rest: inline[2]! };
  }
  const text = line.text.replace(/:$/, "").trim();
  const words = text.split(" ").length;
  if (!text || words > HEADING_MAX_WORDS || /[.!?]$/.test(text)) return null;
  if (line.bullet && !line.marked) return null;
  // One word in capitals may be a skill ("AWS"); capitals name a section only when they say which, or run on.
  if (line.marked || (isAllCaps(text) && (words > 1 || kindOfHeading(text) !== "unknown"))) return { heading: text, rest: "" };
  if (line.text.endsWith(":")) return { heading: text, rest: "" };
  // Without a mark, only a phrase that headings use and requirements never are.
  if (KNOWN_HEADING.test(text.replace(/[’‘`]/g, "'").replace(/\s*&\s*/g, " and "))) return { heading: text, rest: "" };
  return null;
}
