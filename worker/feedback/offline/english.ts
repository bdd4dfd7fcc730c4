// Small word lists: the commonest English function words (to tell sentences from noise) and the
// generic words of interview questions (which say nothing about the topic).

/**
 * Function words make up a large share of any English sentence, whatever the subject, so their
 * share tells real sentences from keyboard mash, placeholder text or another language.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
  "been", "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "each",
  "even", "every", "few", "first", "for", "from", "get", "got", "had", "has", "have", "having", "he", "her",
  "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "know", "like", "make",
  "many", "me", "more", "most", "much", "my", "need", "never", "new", "no", "not", "now", "of", "off", "on",
  "once", "one", "only", "or", "other", "our", "out", "over", "own", "really", "same", "say", "see", "she",
  "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
  "thing", "things", "think", "this", "those", "through", "time", "to", "too", "two", "up", "us", "use",
  "used", "very", "want", "was", "way", "we", "well", "were", "what", "when", "where", "which", "while",
  "who", "why", "will", "with", "would", "you", "your", "don't", "didn't", "doesn't", "isn't", "wasn't",
  "can't", "won't", "it's", "i'm", "i've", "i'd", "i'll", "that's", "there's", "we're", "we'd", "we've",
  "you're", "they're", "let's", "what's",
]);

/**
 * Words every interview question uses ("tell me about a time", "how would you decide"): matching
 * them in an answer says nothing about whether it is on topic.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  "able", "across", "approach", "based", "better", "between", "build", "built", "choose", "common", "decide",
  "describe", "difference", "differences", "different", "example", "explain", "give", "go", "going", "good",
  "happen", "happens", "help", "important", "keep", "kind", "main", "mean", "means", "practical", "real",
  "right", "situation", "someone", "something", "tell", "times", "usually", "walk", "ways", "without",
  "work", "works", "worked",
]);

/**
 * Behavioural and role questions are about working life, so an answer set at work is on topic
 * even when it uses none of the question's own words ("a junior on my team" for "a colleague").
 */
export const WORKPLACE_WORDS: readonly string[] = [
  "team", "colleague", "manager", "project", "code", "codebase", "deadline", "stakeholder", "customer",
  "users", "feature", "release", "bug", "review", "developer", "engineer", "company", "product", "client",
  "meeting", "sprint", "ticket", "deploy", "production", "design", "tests", "service", "job", "role",
];

/** Words in the answer, lower-cased, contractions kept whole so "don't" counts as one common word. */
export function englishWords(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(/[a-z]+(?:'[a-z]+)*/g) ?? [];
}
