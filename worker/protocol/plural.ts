// Counts in words ("1 answer", "3 answers") for every number put before a noun for the candidate to
// read: the SPA's pages and exports, and the sentences the Worker writes into reports and errors.
// English only, like the rest of the interface.

const rules = new Intl.PluralRules("en");
const numbers = new Intl.NumberFormat("en");

/**
 * The noun in the form that fits `count`: `one` for exactly 1, `other` for 0, 2, 1.5 and the rest
 * (English plural rules, from Intl.PluralRules). `other` defaults to `one` + "s".
 */
export function nounFor(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === "one" ? one : other;
}

/**
 * `count` and its noun: countOf(1, "answer") → "1 answer", countOf(0, "long pause") → "0 long pauses",
 * countOf(5000, "character") → "5,000 characters", countOf(2, "match", "matches") → "2 matches".
 */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${numbers.format(count)} ${nounFor(count, one, other)}`;
}
