import { describe, expect, it } from "vitest";
import { ASK_FOR_EXAMPLE, ASK_FOR_OUTCOME, ASK_TO_EXPAND, followUpFor } from "./follow-up";
import type { PlannedQuestion } from "./types";

const technical: PlannedQuestion = {
  id: "react-01",
  kind: "technical",
  skill: "React",
  text: "How does React's reconciliation work, and why do keys matter when rendering lists?",
  talkingPoints: ["virtual DOM", "diffing", "keys", "component identity"],
};

const behavioural: PlannedQuestion = {
  id: "beh-07",
  kind: "behavioural",
  text: "Tell me about a production bug or incident you were involved in resolving.",
  talkingPoints: ["impact", "investigation", "root cause", "the fix", "postmortem"],
};

const opener: PlannedQuestion = {
  id: "opener-01",
  kind: "role",
  text: "To get us started, could you tell me a little about your background?",
  talkingPoints: ["current role", "years of experience", "main technologies"],
};

const EXPLANATION =
  "React keeps a virtual DOM representation of the interface and renders a new tree whenever state changes. " +
  "It then runs a diffing step against the previous tree and works out the smallest set of changes to apply to the real page. " +
  "Keys tell React which list items are the same between renders, so it can preserve component identity and state.";

const EXAMPLE =
  " For example, at my last job we had a table of 500 rows where using the index as the key made inputs keep the wrong values after sorting, and switching to stable ids fixed it.";

const OFF_TARGET =
  "At my last job we mostly used Angular, so I have less hands-on experience there. I would read the official documentation, " +
  "try things out in a small sandbox project, and ask colleagues who know the library well. I think it is mainly about making " +
  "the page fast and pleasant for users, and about writing code that is easy to maintain over time.";

const STORY =
  "At my last company we had an outage where the checkout page started timing out for some customers. I was on call, so I looked " +
  "at the dashboards, saw that the database connections were exhausted, and traced it to a new background job that opened " +
  "connections without closing them. I rolled back that deploy and paired with the author on the connection handling.";

const STORY_OUTCOME =
  " As a result checkout recovered within 20 minutes, we added an alert on the connection pool, and I learned to check resource cleanup in reviews.";

const GENERALITIES =
  "I think the most important thing in an incident is to stay calm and communicate clearly with everyone involved. You should " +
  "look at the monitoring, find the root cause, and fix it carefully rather than rushing, and afterwards it is worth writing up " +
  "what happened so that everyone can learn from it.";

describe("followUpFor", () => {
  it("asks a short answer to expand", () => {
    expect(ASK_TO_EXPAND).toContain(followUpFor(technical, "It compares the trees and updates the DOM."));
    expect(ASK_TO_EXPAND).toContain(followUpFor(behavioural, ""));
  });

  it("asks for expansion before anything else", () => {
    // Short and missing an outcome: the length problem is asked about first.
    expect(ASK_TO_EXPAND).toContain(followUpFor(behavioural, "We had an outage once and I fixed it."));
  });

  it("asks for an example when a long technical answer has none", () => {
    expect(ASK_FOR_EXAMPLE).toContain(followUpFor(technical, EXPLANATION));
  });

  it("asks for an example when a behavioural answer stays general", () => {
    expect(ASK_FOR_EXAMPLE).toContain(followUpFor(behavioural, GENERALITIES));
  });

  it("asks for the outcome when a behavioural story has none", () => {
    expect(ASK_FOR_OUTCOME).toContain(followUpFor(behavioural, STORY));
  });

  it("probes the central talking point when a technical answer misses all of them", () => {
    const followUp = followUpFor(technical, OFF_TARGET);
    expect(followUp).toContain("virtual DOM");
    expect([...ASK_TO_EXPAND, ...ASK_FOR_EXAMPLE, ...ASK_FOR_OUTCOME]).not.toContain(followUp);
  });

  it("returns null for solid answers", () => {
    expect(followUpFor(technical, EXPLANATION + EXAMPLE)).toBeNull();
    expect(followUpFor(behavioural, STORY + STORY_OUTCOME)).toBeNull();
  });

  it("does not ask for an outcome on non-behavioural questions", () => {
    expect(followUpFor(opener, STORY)).toBeNull();
  });

  it("is deterministic and varies its wording between questions", () => {
    const short = "Not sure, I would probably look it up.";
    expect(followUpFor(behavioural, short)).toBe(followUpFor(behavioural, short));
    const phrasings = new Set(
      Array.from({ length: 12 }, (_, i) => followUpFor({ ...behavioural, id: `beh-${i + 1}` }, short)),
    );
    expect(phrasings.size).toBeGreaterThan(1);
  });
});
