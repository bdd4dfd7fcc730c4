// Checks the filler counter on hand-written sentences: each word in its filler use and in its real
// meaning, with speech-to-text's loose punctuation and capitals.
import { describe, expect, it } from "vitest";
import { countFillers, countWords, findFillers } from "./fillers";

/** [sentence, fillers a careful listener would count]. */
const SENTENCES: readonly (readonly [string, Record<string, number>])[] = [
  // like
  ["I like Python, and I would like to work with people I like.", {}],
  ["It was, like, really slow.", { like: 1 }],
  ["it was like really slow and like I didn't know why", { like: 2 }],
  ["Like, ten seconds for one page.", { like: 1 }],
  ["It took like ten seconds to load.", { like: 1 }],
  ["I would use tools like Redis or Memcached for that.", {}],
  ["It looks like a queue, and it felt like forever.", {}],
  ["Like I said, we used Postgres.", {}],
  ["We had something like 200 requests a second.", {}],
  ["we, um, like, had to restart everything", { um: 1, like: 1 }],
  ["I really like working with people who like testing.", {}],
  ["Like most teams, we deploy every day.", {}],
  // actually
  ["The query actually returned nothing.", {}],
  ["What actually happened was that the cache expired.", {}],
  ["Actually, I think we should have used a queue.", { actually: 1 }],
  ["We, actually, rewrote the whole thing.", { actually: 1 }],
  // basically
  ["Basically we rewrote the whole service.", { basically: 1 }],
  ["It was basically a cache in front of the database.", {}],
  ["um so basically the cache was stale", { um: 1, so: 1, basically: 1 }],
  // literally
  ["We literally had no tests.", {}],
  ["Literally, everything broke at once.", { literally: 1 }],
  // so
  ["So, the event loop is how JavaScript runs async code.", { so: 1 }],
  ["so the event loop is how javascript runs async code", { so: 1 }],
  ["The page was slow. So I added an index so that reads were fast.", {}],
  ["It was so slow that users complained, and I think so too.", {}],
  ["We measured it first. So, um, the index helped.", { so: 1, um: 1 }],
  ["We retried, logged, alerted and so on.", {}],
  // right
  ["It's asynchronous, right?", { right: 1 }],
  ["Right, so the idea is to cache it.", { right: 1 }],
  ["That was the right answer, right after the outage.", {}],
  ["Is that right?", {}],
  // well
  ["Well, we tried three different approaches.", { well: 1 }],
  ["It worked well, and the team took it well too.", {}],
  ["Well-known libraries are easier to hire for.", {}],
  // you know / I mean
  ["You know, the cache was stale. I mean, really stale, you know?", { "you know": 2, "i mean": 1 }],
  ["Do you know how the planner picks an index?", {}],
  ["You know how it works: the key expires and the next read refills it.", {}],
  ["I mean the second option, not the first.", {}],
  ["What I mean is that we never measured it.", {}],
  // kind of / sort of
  ["It kind of worked, sort of.", { "kind of": 1, "sort of": 1 }],
  ["A B-tree is a kind of index; what sort of load do you expect?", {}],
  ["The fix was sort of hacky.", { "sort of": 1 }],
  // hesitations, and "just", which is left alone
  ["Um, uh, hmm, er, I'd start with the logs.", { um: 1, uh: 1, hmm: 1, er: 1 }],
  ["I just added a test and it just worked.", {}],
  ["", {}],
];

describe("countFillers", () => {
  it.each(SENTENCES)("%j", (sentence, expected) => {
    expect(countFillers(sentence)).toEqual(expected);
  });

  it("covers both uses of each word it judges", () => {
    for (const word of ["like", "actually", "basically", "literally", "so", "right", "well", "you know", "i mean", "kind of", "sort of"]) {
      const uses = SENTENCES.filter(([sentence]) => sentence.toLowerCase().includes(word));
      expect(uses.some(([, counts]) => counts[word] !== undefined), word).toBe(true);
      expect(uses.some(([, counts]) => counts[word] === undefined), word).toBe(true);
    }
    expect(SENTENCES.length).toBeGreaterThanOrEqual(30);
  });

  it("does not depend on capitals, which speech-to-text sets loosely", () => {
    for (const [sentence, expected] of SENTENCES) expect(countFillers(sentence.toLowerCase()), sentence).toEqual(expected);
  });
});

describe("findFillers", () => {
  it("says where each filler is", () => {
    const text = "It was, like, slow. Um, so I left it.";
    expect(findFillers(text)).toEqual([
      { filler: "like", index: text.indexOf("like") },
      { filler: "um", index: text.indexOf("Um") },
    ]);
  });
});

describe("countWords", () => {
  it("counts words, contractions and numbers, not punctuation", () => {
    expect(countWords("I'd say it's 300 ms — roughly.")).toBe(6);
    expect(countWords("   ")).toBe(0);
    expect(countWords("real-time dashboard")).toBe(2);
  });
});
