// Which job posting an interview was for, as progress groups interviews: the same posting pasted
// again (even re-spaced or re-cased) gets the same key. Used by the user's Durable Object for GET /progress.
import { hashString } from "../ai/offline/random";

/** Characters of the posting's first line kept as its name in the progress filter. */
const LABEL_CHARS_MAX = 80;

/**
 * `key`: FNV-1a (32-bit, 8 hex digits) of the posting's words, lower-cased, spacing collapsed: a
 * candidate has a handful of postings, so a collision is about one in a billion. `label`: its first
 * line with words, cut at a word to 80 characters ("Senior Backend Engineer — Ledgerly").
 */
export function postingIdentity(jobDescription: string): { key: string; label: string } {
  const words = jobDescription.toLowerCase().replace(/\s+/g, " ").trim();
  const first = jobDescription.split("\n").map((line) => line.replace(/\s+/g, " ").trim()).find((line) => /[\p{L}\p{N}]/u.test(line)) ?? "Job posting";
  const label = first.length <= LABEL_CHARS_MAX ? first : `${first.slice(0, first.lastIndexOf(" ", LABEL_CHARS_MAX - 1)).trim()}…`;
  return { key: hashString(words).toString(16).padStart(8, "0"), label };
}
