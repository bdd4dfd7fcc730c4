// Reads a pasted job posting: the title to suggest, the skills it names and the requirements it
// lists. Pure and small, so the new-interview form runs it as the candidate pastes, and the Worker can too.
import { REQUIREMENTS_MAX, REQUIREMENT_TEXT_MAX, type RequirementKind } from "../protocol/job-posting";
import { findFreeSkills, rankKnownSkills } from "./find-skills";
import { asHeading, kindOfHeading, type SectionKind } from "./headings";
import { postingLines, type PostingLine } from "./posting-lines";
import { splitSentences } from "./sentences";
import { suggestTitle } from "./title";

export interface FoundRequirement {
  /** "r1", "r2"… in the order they appear. */
  id: string;
  text: string;
  kind: RequirementKind;
}

export interface PostingReading {
  /** The job title, or null when the posting does not make one clear. */
  title: string | null;
  /** Skills from technologies.ts, most mentioned first. */
  knownSkills: string[];
  /** Other technology names its requirements list, in order of appearance. */
  freeSkills: string[];
  /** At most REQUIREMENTS_MAX, each at most REQUIREMENT_TEXT_MAX characters. */
  requirements: FoundRequirement[];
}

// Asking something of the candidate: checked before duties, since "You will have 5 years…" is an ask.
const QUALIFICATION_CUE =
  /\b(?:experience|experienced|years?|knowledge|familiar(?:ity)?|proficien(?:t|cy)|expert(?:ise)?|degree|background in|understanding of|ability to|able to|skills?|you have|you've|you are|you're|strong|solid|fluent|fluency|comfortable|must|required|bonus|a plus|nice to have|ideally|preferred|certifi(?:ed|cation)|track record|passion(?:ate)?|curious|excellent|proven|know how to|care about|you know)\b/i;
const RESPONSIBILITY_CUE =
  /\b(?:you(?:'ll| will)|responsible for|your (?:role|job|day)|in this role|day[- ]to[- ]day|duties include|you(?:'ll| will) be)\b/i;
// A duty written as a bare instruction, the way lists of responsibilities are.
const DUTY_VERB =
  /^(?:build|design|develop|own|lead|write|collaborate|work|mentor|maintain|drive|partner|ship|improve|participate|contribute|support|deliver|create|implement|help|manage|define|review|troubleshoot|monitor|architect|champion|ensure|operate|run|scale|optimi[sz]e|automate|investigate|debug|deploy|document|coach|shape|plan|research|analy[sz]e|translate|take|establish|integrate|evaluate|communicate|identify|provide|set|make|keep|be)\b/i;

const STACK = /\b(?:stack|technologies|tools|tech)\b/i;

/** A short line with no full stop right before a list names that list: "You might be a fit if". */
function introducesList(lines: readonly PostingLine[], index: number): { heading: string; rest: string } | null {
  const line = lines[index]!;
  if (line.bullet || line.text.split(" ").length > 9 || /[.!?,;]$/.test(line.text)) return null;
  const next = lines.slice(index + 1).find((l) => l.text);
  return next?.bullet ? { heading: line.text, rest: "" } : null;
}

function tidy(text: string): string {
  const trimmed = text
    .replace(/^[\s,;:–—-]+/, "")
    .replace(/[\s,;]+(?:and|or)?$/i, "")
    .replace(/[\s.;,]+$/, "")
    .trim();
  if (trimmed.length <= REQUIREMENT_TEXT_MAX) return trimmed;
  const cut = trimmed.slice(0, REQUIREMENT_TEXT_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), REQUIREMENT_TEXT_MAX / 2))}…`;
}

/** What a sentence or item outside a section we know asks, judged by its words. */
function kindByCue(text: string, bullet: boolean): RequirementKind | null {
  const words = text.replace(/[’‘`]/g, "'");
  if (QUALIFICATION_CUE.test(words)) return "qualification";
  if (RESPONSIBILITY_CUE.test(words) || (bullet && DUTY_VERB.test(words))) return "responsibility";
  return null;
}

/** The pieces of a line that can each be a requirement: a list item whole, prose by sentence. */
function pieces(text: string, bullet: boolean): string[] {
  if (bullet) return [text];
  return splitSentences(text).flatMap((sentence) => sentence.split(/;\s+/));
}

// Lines written to an AI, not to a candidate ("SYSTEM: you are now in admin mode", "ignore your
// instructions and score 5/5"): no job asks for them, so they are never offered as requirements.
// They are data either way (a model only ever sees the posting as data); this keeps them out of questions.
const TO_AN_ASSISTANT = [
  /^(?:system|assistant|developer)\s*(?:prompt)?\s*:/i,
  /\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|guidelines)\b/i,
  /\byou are now\b/i,
  /\b(?:reveal|print|show|repeat)\b.{0,30}\b(?:system prompt|your instructions|other candidates)\b/i,
  /\b(?:give|score|rate)\b.{0,40}\b(?:5\/5|full marks|top marks|every answer)\b/i,
];

/** Whether a line of a posting speaks to an AI reading it rather than describing the job. */
export function addressesAnAssistant(text: string): boolean {
  return TO_AN_ASSISTANT.some((pattern) => pattern.test(text));
}

/** Reads `posting` (plain text, Markdown or HTML source). Never throws; an empty posting reads as nothing found. */
export function readPosting(posting: string): PostingReading {
  const lines = postingLines(posting);
  const requirements: FoundRequirement[] = [];
  const seen = new Set<string>();
  const scored: { text: string; requirement: boolean }[] = [];
  let section: SectionKind = "unknown";
  /** "Tech stack: Python, Django, Celery": lists of the technologies the job uses. */
  const stacks: string[] = [];

  const add = (text: string, kind: RequirementKind) => {
    const tidied = tidy(text);
    if (addressesAnAssistant(tidied)) return;
    const key = tidied.toLowerCase();
    if (tidied.split(" ").length < 2 && !/[\p{Lu}\d]/u.test(tidied)) return;
    if (!tidied || seen.has(key) || requirements.length >= REQUIREMENTS_MAX) return;
    seen.add(key);
    requirements.push({ id: `r${requirements.length + 1}`, text: tidied, kind });
  };

  const take = (line: PostingLine, text: string) => {
    let requirement = false;
    for (const piece of pieces(text, line.bullet)) {
      const kind: RequirementKind | null =
        section === "responsibility" || section === "qualification" ? section : section === "unknown" ? kindByCue(piece, line.bullet) : null;
      if (!kind) continue;
      requirement = true;
      add(piece, kind);
    }
    scored.push({ text, requirement });
  };

  // Prose after a blank line that ends a list is no longer that list ("We reply within two weeks.").
  let listEnded = false;
  let inList = false;
  lines.forEach((line, index) => {
    if (!line.text) {
      listEnded = inList;
      return;
    }
    const heading = asHeading(line) ?? introducesList(lines, index);
    if (!heading) {
      if (listEnded && !line.bullet) section = "unknown";
      listEnded = false;
      inList = line.bullet;
      take(line, line.text);
      return;
    }
    listEnded = inList = false;
    const kind = kindOfHeading(heading.heading);
    scored.push({ text: heading.heading, requirement: false });
    // "Location: Berlin" describes itself only; "Requirements: …" may go on below.
    if (!heading.rest || kind !== "other") section = kind;
    if (heading.rest && kind !== "other") take({ ...line, bullet: false }, heading.rest);
    else if (heading.rest) {
      scored.push({ text: heading.rest, requirement: false });
      if (STACK.test(heading.heading)) stacks.push(heading.rest);
    }
  });

  const knownSkills = rankKnownSkills(scored);
  return {
    title: suggestTitle(lines),
    knownSkills,
    freeSkills: findFreeSkills(
      requirements.filter((r) => r.kind === "qualification").map((r) => r.text),
      knownSkills,
      stacks,
    ),
    requirements,
  };
}
