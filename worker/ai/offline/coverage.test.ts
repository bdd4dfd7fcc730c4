// Checks when an answer makes a talking point: word forms, paraphrases, and the answers that say a
// word without making the point (a denial, someone else's work, another meaning of the word).
import { describe, expect, it } from "vitest";
import { mentionedTalkingPoints, pointMade, sharedWords, wordCount } from "./coverage";

describe("pointMade", () => {
  it("finds a point in other forms of its words", () => {
    expect(pointMade("batching updates", "React batches several state updates into one render.", "technical")).toBe(true);
    expect(pointMade("memoization", "We memoize the selector so it only recomputes when the list changes.", "technical")).toBe(true);
    expect(pointMade("shared state", "The flaky ones had state that was shared between tests.", "technical")).toBe(true);
  });

  it("finds a point said in other words", () => {
    expect(pointMade("your contribution", "I led it: I designed the sync queue and wrote the conflict handling.", "role")).toBe(true);
    expect(pointMade("your contribution", "My part was the whole frontend.", "role")).toBe(true);
    expect(pointMade("technologies used", "I built a dashboard using React and TypeScript.", "role")).toBe(true);
    expect(pointMade("impact", "Page load went from 4 seconds to 1 second.", "role")).toBe(true);
    expect(pointMade("impact", "It cut our regression bugs by about half.", "behavioural")).toBe(true);
    expect(pointMade("impact", "Checkout was timing out for a third of our customers.", "behavioural")).toBe(true);
    expect(pointMade("GIL", "The global interpreter lock lets one thread run Python at a time.", "technical")).toBe(true);
    expect(pointMade("TTL", "Every key gets an expiry of a few minutes.", "technical")).toBe(true);
  });

  it("does not credit a word that is there for another reason", () => {
    expect(pointMade("any", "Promise.all rejects as soon as any of them rejects.", "technical")).toBe(false);
    expect(pointMade("any", "Promise.any resolves with the first one that succeeds.", "technical")).toBe(true);
    expect(pointMade("call and apply", "If you call obj.method(), this is obj.", "technical")).toBe(false);
    expect(pointMade("call and apply", "With fn.call(ctx, a) or apply you set this yourself.", "technical")).toBe(true);
    expect(pointMade("technologies used", "We went live in March.", "role")).toBe(false);
    expect(pointMade("left join", "I left the team when the service kept timing out.", "technical")).toBe(false);
    expect(pointMade("outer join", "I left the team when the service kept timing out.", "technical")).toBe(false);
    expect(pointMade("left join", "A left join keeps every row of the left table.", "technical")).toBe(true);
    expect(pointMade("outer join", "A full outer join keeps unmatched rows from both sides.", "technical")).toBe(true);
  });

  it("does not credit a point the candidate says they did not make", () => {
    expect(pointMade("impact", "We didn't really measure the impact, it just felt nicer.", "role")).toBe(false);
    expect(pointMade("root cause", "We never really figured out why it happened.", "behavioural")).toBe(false);
    expect(pointMade("load testing", "We didn't load test our last service.", "role")).toBe(false);
  });

  it("credits a denial that explains the idea, in a technical answer, unless it is the candidate's own practice", () => {
    expect(pointMade("blocking the event loop", "It doesn't block the event loop, the work happens in libuv.", "technical")).toBe(true);
    expect(pointMade("runtime validation", "We don't validate anything at runtime.", "technical")).toBe(false);
    expect(pointMade("query planner", "I've never looked at how the database decides whether to use them.", "technical")).toBe(false);
  });

  it("keeps a point whose own words deny something", () => {
    expect(pointMade("retries hide problems", "We never just add automatic retries, because that hides real bugs.", "technical")).toBe(true);
    expect(pointMade("stop accepting connections", "I call server.close, so no new connections are accepted.", "technical")).toBe(true);
  });

  it("does not credit the candidate with what someone else did", () => {
    expect(pointMade("the fix", "Someone else found the problem and fixed it.", "behavioural")).toBe(false);
    expect(pointMade("the fix", "I found the problem and fixed it.", "behavioural")).toBe(true);
  });

  it("needs the words of a point within one sentence", () => {
    expect(pointMade("shared state", "The state lived in Redux. Most of it was shared.", "technical")).toBe(false);
  });
});

describe("mentionedTalkingPoints", () => {
  it("lists the points made, in the question's order", () => {
    const question = { kind: "technical" as const, talkingPoints: ["virtual DOM", "diffing", "keys", "index as key"] };
    const answer = "React compares the new element tree with the previous one. The key tells it which item is which.";
    expect(mentionedTalkingPoints(question, answer)).toEqual(["virtual DOM", "diffing", "keys"]);
    expect(mentionedTalkingPoints(question, "I would read the documentation and ask my team.")).toEqual([]);
  });
});

describe("sharedWords", () => {
  it("finds the words an answer uses in some form", () => {
    expect(sharedWords(["cache", "index", "queue"], "We were caching results and indexing the table.")).toEqual(["cache", "index"]);
    expect(sharedWords(["the"], "")).toEqual([]);
  });
});

describe("wordCount", () => {
  it("counts words, ignoring punctuation and extra spaces", () => {
    expect(wordCount("  It's   a test -- of node.js  ")).toBe(7);
    expect(wordCount("")).toBe(0);
  });
});
