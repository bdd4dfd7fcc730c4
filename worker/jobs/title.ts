// Suggests the role title from a job posting's lines, for read-posting.ts.
import type { PostingLine } from "./posting-lines";

// A job title ends in one of these (or a level after it: "Engineer II", "Developer (L4)").
const ROLE_NOUN =
  /\b(?:engineer|developer|architect|lead|manager|designer|scientist|analyst|programmer|administrator|consultant|specialist|sre|devops|tester|technologist|intern|head of [\p{L} ]+|cto|director)s?\b/iu;
const LABELLED = /^(?:job title|title|position|role|job|vacancy|we(?:'re| are) hiring)\s*[:\-–—]\s*(.+)$/i;
const IN_PROSE =
  /\b(?:looking for|hiring|seeking|searching for|recruiting|join (?:us|our team|the team) as|you(?:'ll| will) join [^.]*? as)\s+(?:an?\s+|our\s+(?:next\s+|new\s+|first\s+)?)?((?:[\p{Lu}][\p{L}\d.+#/-]*|\/|&|of|and|-|\(\w+\))(?:\s+(?:[\p{Lu}][\p{L}\d.+#/-]*|\/|&|of|and|-|\(\w+\)))*)/u;

/** A title without what often follows it on the line: place, contract, company, salary. */
function cleanTitle(raw: string, whole = false): string | null {
  let title = raw
    .replace(/\s*\((?:[^)]*\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|permanent|m\/f\/d|f\/m\/d|h\/f)\b[^)]*)\)/gi, "")
    .replace(/(?:\s+(?:[-–—|@•·]|at)|\s*,)\s+.*$/u, (tail) => (ROLE_NOUN.test(tail) ? tail : ""))
    .replace(/[,:;.!]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
  // Ends at its role noun (or a level right after it): "Senior Engineer to join…" is cut by the pattern already.
  const end = /^(.*\b(?:engineer|developer|architect|lead|manager|designer|scientist|analyst|programmer|administrator|consultant|specialist|sre|devops|tester|technologist|intern|cto|director)s?\b(?:\s+(?:I{1,3}|IV|V|\d|\(L?\d\)))?)/iu.exec(title);
  if (end && whole && end[1] !== title && !/^\s*\(/.test(title.slice(end[1]!.length))) return null;
  if (end) title = end[1]!;
  // "Lead" alone is a verb at the start of a duty, not a title.
  if (title.split(" ").length < 2 && !/^(?:sre|devops|cto)$/i.test(title)) return null;
  if (!title || title.length > 100 || !ROLE_NOUN.test(title)) return null;
  return title === title.toUpperCase() ? fromCapitals(title) : title;
}

// Kept in capitals when a title in capitals is written as a title: levels and initialisms.
const INITIALISM = /^(?:I{1,3}|IV|VI{0,3}|SRE|QA|UI|UX|AI|ML|IT|AWS|GCP|API|\.NET|C\+\+|C#|PHP|SQL|CTO|VP|DEVOPS|L\d)$/;

/** "SOFTWARE ENGINEER II" → "Software Engineer II". */
function fromCapitals(title: string): string {
  return title
    .split(" ")
    .map((word) => (INITIALISM.test(word.replace(/[()]/g, "")) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(" ")
    .replace(/\bDEVOPS\b/g, "DevOps");
}

/**
 * The posting's job title, or null when none is clear. Tried in order: a labelled line ("Job title:
 * …"), the first short lines before any section (titles open postings), then a sentence such as "We
 * are looking for a Senior Data Engineer to…".
 */
export function suggestTitle(posting: readonly PostingLine[]): string | null {
  const lines = posting.map((line) => line.text).filter(Boolean);
  for (const line of lines) {
    const labelled = LABELLED.exec(line);
    if (labelled) {
      const title = cleanTitle(labelled[1]!);
      if (title) return title;
    }
  }
  for (const line of posting.filter((line) => line.text).slice(0, 6)) {
    if (line.text.split(" ").length > 12 || /[.!?]$/.test(line.text)) continue;
    const title = cleanTitle(line.text, true);
    if (title) return title;
  }
  for (const line of lines) {
    const sentence = IN_PROSE.exec(line);
    const title = sentence ? cleanTitle(sentence[1]!) : null;
    if (title) return title;
  }
  return null;
}
