// The words that say whether a spoken answer is over, for the words signal of the end of turn (words.ts). Data,
// parsed with its schema when loaded. Phrases are lower-case words as canonicalWords (worker/feedback/spoken-words.ts) writes them; each list says
// where it comes from.
import { z } from "../../protocol/zod-mini";

const phrase = z.string().check(z.regex(/^[a-z0-9' ]+$/), z.minLength(1), z.maxLength(60));
const phrasesSchema = z.object({
  /**
   * Ending the answer's words with one of these leaves the thought open. Hesitation sounds (as Whisper writes them)
   * and the connectives of Gravano & Hirschberg's "Turn-taking cues in task-oriented dialogue" (2011), whose
   * turn-holding cases end on them far more often than turn-yielding ones.
   */
  openEndings: z.array(phrase),
  /**
   * A preposition that leaves the thought open when it ends the words right after a noun or an adjective ("an index
   * with", "the customer and … the date from"); after a verb it may close a clause ("the team I worked with").
   * Particles of phrasal verbs ("on", "in", "up", "out") are left out: "we turned the cache on" is finished.
   */
  openPrepositions: z.array(phrase),
  /** Words that open the first item of a list ("First, we measured."): an answer whose last item is the first is not over. */
  firstItem: z.array(phrase),
  /** Ending with one of these closes the answer: the closing phrases interview coaches teach (a STAR answer's result line). */
  closingPhrases: z.array(phrase),
  /** Words that announce a list ("three reasons", "a couple of things"), with how many items they promise. */
  listCounts: z.record(phrase, z.number().check(z.int(), z.minimum(2), z.maximum(10))),
  /** Nouns a count announces a list of: "three things", "two reasons". */
  listNouns: z.array(phrase),
  /** Words that open an item of a list: an announced list is done when this many items were opened, or one of lastItem was. */
  itemMarkers: z.array(phrase),
  /** An item marker that says the list ends with it. */
  lastItem: z.array(phrase),
});
export type TurnPhrases = z.infer<typeof phrasesSchema>;

export const TURN_PHRASES: TurnPhrases = phrasesSchema.parse({
  openEndings: [
    "um", "uh", "er", "erm", "hmm", "mm", "ah",
    "and", "and then", "and so", "but", "or", "so", "because", "cause", "although", "though", "while", "whereas",
    "if", "unless", "until", "which", "who", "whose", "than", "like", "such as", "for example", "for instance", "as well as",
    "since", "as", "when", "whether", "where", "including", "especially", "without", "via",
    "the", "a", "an", "my", "our", "your", "their", "his", "its", "every",
    "of", "to", "for", "into", "onto", "between", "during",
    "would", "could", "should", "been",
    "i", "we", "they", "i think", "i mean", "you know", "kind of", "sort of", "let me think", "let me see", "what else",
  ],
  openPrepositions: ["with", "of", "from", "by", "at", "to", "for", "into", "about", "around", "between", "through", "than", "like", "towards", "toward", "against", "across"],
  firstItem: ["first", "firstly", "first of all", "to start with", "to begin with"],
  closingPhrases: [
    "that's how", "so that's how", "and that's how", "that was it", "and that was it", "that's it", "that's about it", "that's all",
    "that's all i have", "that's my answer", "so yeah", "yeah that's it", "in the end", "in short", "overall", "to sum up", "to summarize",
    "in summary", "all in all", "that's what i learned", "the lesson was", "what i learned", "does that answer your question", "does that make sense",
  ],
  listCounts: { two: 2, three: 3, four: 4, five: 5, "a couple of": 2, "a few": 3, several: 3 },
  listNouns: ["things", "reasons", "ways", "steps", "points", "parts", "options", "approaches", "problems", "lessons", "stages", "phases", "ideas", "examples", "factors", "causes"],
  itemMarkers: ["first", "firstly", "first of all", "second", "secondly", "third", "thirdly", "fourth", "fifth", "next", "then", "another", "also", "finally", "lastly", "last"],
  lastItem: ["finally", "lastly", "last", "and last", "the last one", "the other", "the other's", "the others"],
});
