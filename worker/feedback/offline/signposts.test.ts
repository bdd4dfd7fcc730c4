// Checks that signposts count only where they lead the listener, not where the word means something else.
import { describe, expect, it } from "vitest";
import { signpostsIn } from "./signposts";

describe("signpostsIn", () => {
  it.each([
    ["First, we profiled it, then we added an index, and finally we cached the results.", ["first", "then", "finally"]],
    ["Second, we added an index.", ["second"]],
    ["Next, I moved the job to a queue.", ["next"]],
    ["First of all, the main thread must stay free.", ["first of all"]],
    ["There are two ways to do it: for example, a queue.", ["there are two", "for example"]],
    ["To start, I'd measure it; on the other hand, guessing is cheaper.", ["to start", "on the other hand"]],
  ])("%j leads with %j", (sentence, expected) => {
    expect(signpostsIn(sentence)).toEqual(expected);
  });

  it.each([
    "Page load went from 4 seconds to 1 second.",
    "We used a second-level cache.",
    "The first request is always slow.",
    "The next task runs after the microtasks.",
    "Back then we had no tests at all.",
    "If the call fails, then we retry it.",
    "It runs on the main thread.",
    "We added another index on the email column.",
  ])("%j has none", (sentence) => {
    expect(signpostsIn(sentence)).toEqual([]);
  });
});
