// The words of a transcript as they were said: speech-to-text writes "850" and "40%" where the speaker
// said "eight hundred fifty" and "forty percent". Speaking rate counts these (delivery-metrics.ts),
// and word error rate compares in them (scripts/bench-wer/).
import numberToWords from "number-to-words";

/**
 * The words of `text` in one canonical spelling, so only real differences count: lower case, no
 * punctuation, hyphens and digits spelled out ("Twenty-one" and "21" are both "twenty one"), "%" as
 * "percent", "and" inside numbers kept as said.
 */
export function canonicalWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\d),(\d{3})\b/g, "$1$2")
    .replace(/(\d+(?:\.\d+)?)\s*%/g, "$1 percent")
    .replace(/\d+(?:\.\d+)?/g, (digits) => ` ${spellNumber(digits)} `)
    .replace(/[‐-―-]/g, " ")
    .replace(/[^a-z0-9' ]+/g, " ")
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

function spellNumber(digits: string): string {
  const [whole, fraction] = digits.split(".");
  const spoken = numberToWords.toWords(Number(whole)).replace(/,/g, "");
  return fraction ? `${spoken} point ${[...fraction].map((d) => numberToWords.toWords(Number(d))).join(" ")}` : spoken;
}
