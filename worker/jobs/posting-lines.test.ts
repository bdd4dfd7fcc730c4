// Pasted text into lines: HTML source, Markdown, bullets of every kind, hard-wrapped items; sentences
// and titles from them.
import { describe, expect, it } from "vitest";
import { postingLines } from "./posting-lines";
import { splitSentences } from "./sentences";
import { suggestTitle } from "./title";

describe("postingLines", () => {
  it("turns HTML into lines, list items into bullets and headings into marked lines, entities decoded", () => {
    const html = `<h2>About&nbsp;you</h2><ul><li>C&#43;&#43; &amp; Rust</li><li>Go &lt;3</li></ul><p>Thanks<br>Bye</p><script>alert(1)</script>`;
    expect(postingLines(html).filter((l) => l.text)).toEqual([
      { text: "About you", bullet: false, marked: true },
      { text: "C++ & Rust", bullet: true, marked: false },
      { text: "Go <3", bullet: true, marked: false },
      { text: "Thanks", bullet: false, marked: false },
      { text: "Bye", bullet: false, marked: false },
    ]);
  });

  it("leaves text that only looks like it has tags alone", () => {
    expect(postingLines("Generics like List<T> & Map<K, V>")[0]!.text).toBe("Generics like List<T> & Map<K, V>");
  });

  it.each([
    ["- dash", "dash"],
    ["* star", "star"],
    ["• dot", "dot"],
    ["1. one", "one"],
    ["12) twelve", "twelve"],
    ["(a) letter", "letter"],
    ["iv. roman", "roman"],
    ["✅ tick", "tick"],
    ["👉 hand", "hand"],
    ["o Word bullet", "Word bullet"],
  ])("%s is a list item", (line, text) => {
    expect(postingLines(line)).toEqual([{ text, bullet: true, marked: false }]);
  });

  it.each(["on call every sixth week", "5+ years of Go", "e.g. React"])("%s is not", (line) => {
    expect(postingLines(line)[0]!.bullet).toBe(false);
  });

  it("marks Markdown headings and bold lines, and joins a wrapped item's next line", () => {
    expect(postingLines("## What you'll do\n**Requirements:**\n- Design systems that serve\n  petabytes of data.\n- Next")).toEqual([
      { text: "What you'll do", bullet: false, marked: true },
      { text: "Requirements:", bullet: false, marked: true },
      { text: "Design systems that serve petabytes of data.", bullet: true, marked: false },
      { text: "Next", bullet: true, marked: false },
    ]);
  });
});

describe("splitSentences", () => {
  it("splits at full stops but not after abbreviations or initials", () => {
    expect(splitSentences("You know a framework, e.g. React. You ship weekly! Is that you? Sr. Engineers welcome. J. Smith leads.")).toEqual([
      "You know a framework, e.g. React.",
      "You ship weekly!",
      "Is that you?",
      "Sr. Engineers welcome.",
      "J. Smith leads.",
    ]);
  });

  it("does not split inside names like Node.js", () => {
    expect(splitSentences("Use Node.js and Next.js daily.")).toEqual(["Use Node.js and Next.js daily."]);
  });
});

describe("suggestTitle", () => {
  const title = (text: string) => suggestTitle(postingLines(text));

  it.each([
    ["Senior Backend Engineer (Remote, EU)\n\nWe move money.", "Senior Backend Engineer"],
    ["SOFTWARE ENGINEER II - JAVA", "Software Engineer II"],
    ["Job title: Technical Lead (.NET)\nLocation: Remote", "Technical Lead"],
    ["Acme\nAbout us\nWe are looking for a Staff Data Engineer to lead our platform.", "Staff Data Engineer"],
    ["Software Engineer, Infrastructure", "Software Engineer"],
    ["Head of Engineering | Acme", "Head of Engineering"],
    ["- Lead the team\n- Build things", null],
    ["We sell shoes.", null],
  ])("%j → %s", (text, expected) => {
    expect(title(text)).toBe(expected);
  });
});
