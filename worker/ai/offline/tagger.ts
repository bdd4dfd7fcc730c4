// English tokens with part of speech, lemma, stem and negation scope, from wink-nlp and its light
// English model. Used by talking-point coverage and the filler counter.
import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";

export interface Token {
  /** As written. */
  text: string;
  /** Lower-case. */
  lower: string;
  /** Dictionary form: "built" → "build", "queries" → "query". */
  lemma: string;
  /** Porter stem, which also joins derived forms: "memoization" and "memoize" → "memoiz". */
  stem: string;
  /** Universal part-of-speech tag: "VERB", "NOUN", "ADP", "PUNCT"… */
  pos: string;
  /** Inside the scope of a "not", "never" or "no" (up to the next punctuation), per the model. */
  negated: boolean;
  /** Whether whitespace came right before it ("React.memo" is one token or three without). */
  spaced: boolean;
}

// Building the pipeline takes tens of milliseconds, so it waits until the first answer needs it.
let nlp: WinkMethods | null = null;
const instance = () => (nlp ??= winkNLP(model, ["sbd", "negation", "pos"]));

// Quoting tries many overlapping pieces of the same sentences; tagging each once keeps that cheap.
const CACHE_SIZE = 2_000;
const cache = new Map<string, Token[]>();

/** Every token of `text`, punctuation included, in order. Deterministic; the result is shared, so never mutate it. */
export function tag(text: string): readonly Token[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const { its, readDoc } = instance();
  const tokens = readDoc(text).tokens();
  const out = <T>(f: (typeof its)[keyof typeof its]) => tokens.out(f as never) as T[];
  const values = out<string>(its.value);
  const lowers = out<string>(its.normal);
  const lemmas = out<string>(its.lemma);
  const stems = out<string>(its.stem);
  const tags = out<string>(its.pos);
  const negated = out<boolean>(its.negationFlag);
  const spaces = out<string>(its.precedingSpaces);
  const result = values.flatMap((value, i): Token[] => {
    const token = {
      text: value,
      lower: lowers[i]!,
      lemma: lemmas[i]!.toLowerCase(),
      stem: stems[i]!.toLowerCase(),
      pos: tags[i]!,
      negated: negated[i]!,
      spaced: spaces[i]!.length > 0,
    };
    // The model reads "no." as the abbreviation of "number"; in a spoken answer it ends a sentence ("I said no.").
    if (token.lower !== "no.") return [token];
    const word = { ...token, text: value.slice(0, -1), lower: "no", lemma: "no", stem: "no", pos: "DET" };
    return [word, { ...token, text: ".", lower: ".", lemma: ".", stem: ".", pos: "PUNCT", spaced: false }];
  });
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, result);
  return result;
}

/** Tokens that are words or numbers, without punctuation and symbols. */
export function wordsOf(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => /[\p{L}\p{N}]/u.test(token.text));
}
