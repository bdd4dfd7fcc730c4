// The words signal of the end of turn on transcripts as Whisper writes them: each rule, and the cases that look
// like another ("I worked with" is not a trailing preposition to wait on; "that's how" closes).
import { describe, expect, it } from "vitest";
import { judgeTurnWords } from "./words";

const words = (text: string) => judgeTurnWords(text).words;

describe("end of turn: the words so far", () => {
  it("is unsure with nothing heard", () => {
    expect(judgeTurnWords("")).toEqual({ words: "unsure", rule: "nothing" });
  });

  it("waits on a thought left open: a hesitation, a conjunction, a preposition, an article", () => {
    for (const text of ["We moved the cache in front of the database, and.", "The main reason was, um.", "We chose Postgres because.", "It took us most of the.", "I rewrote the query and then.", "So the first thing I did was look at the.", "We measured it for example.", "In my last role I moved our product catalog behind the redis cache in front of the poster's database, and...", "The first thing I'd look at is the index...", "I learned react on the job of- what I helped most was-", "The hardest part was —"]) {
      expect(judgeTurnWords(text), text).toEqual({ words: "unfinished", rule: "open-ending" });
    }
  });

  it("waits on a preposition after a noun, and on since, as, when", () => {
    for (const text of ["I built the search feature on my own. I use an inverted index with", "I added a composite index on the customer and the date from.", "I pushed back a little since.", "It was about the same as.", "We measured it when.", "Before changing anything I wrote tests around."]) {
      expect(judgeTurnWords(text), text).toEqual({ words: "unfinished", rule: "open-ending" });
    }
    // After a verb, or as a phrasal verb's particle, the clause may be complete.
    expect(words("The people I learned the most from were my team.")).toBe("finished");
    expect(words("We turned the cache on.")).toBe("finished");
  });

  it("waits on a list whose last item opened is the first, even when the announcement was misheard", () => {
    expect(judgeTurnWords("There were a couple of stamps. First, we measured.")).toEqual({ words: "unfinished", rule: "list-open" });
    expect(judgeTurnWords("First of all, I checked the logs.")).toEqual({ words: "unfinished", rule: "list-open" });
    expect(words("First, we measured. Then we changed one thing at a time.")).toBe("finished");
    expect(words("At first I was nervous about the migration.")).toBe("finished");
  });

  it("waits on a list announced and not finished", () => {
    expect(judgeTurnWords("There were three reasons. First, the latency was too high.")).toEqual({ words: "unfinished", rule: "list-open" });
    expect(judgeTurnWords("I'd look at 2 things. First the indexes.")).toEqual({ words: "unfinished", rule: "list-open" });
    // Done: as many items as promised, or the last one said.
    expect(judgeTurnWords("There were two reasons. First, the latency. Second, the cost of the servers.")).toEqual({ words: "finished", rule: "list-done" });
    expect(words("There were three main reasons. First, latency. And finally, the cost was too high.")).toBe("finished");
    expect(words("There are two things I would change. One is the deployment process, and the other is how we write tickets.")).toBe("finished");
    // The same last item as speech-to-text writes it: the contraction, and Whisper base's "the others" for it.
    expect(words("There are two things I would change. One is the deployment process, and the other's how we write tickets.")).toBe("finished");
    expect(words("There are two things I would change. One is the deployment process. and the others how we write tickets")).toBe("finished");
  });

  it("ends on a question back or a closing phrase", () => {
    expect(judgeTurnWords("Does that answer your question?")).toEqual({ words: "finished", rule: "question" });
    expect(judgeTurnWords("We cut the page load in half. So that's how we did it.")).toEqual({ words: "finished", rule: "closing" });
    expect(judgeTurnWords("And that was it, really.")).toEqual({ words: "finished", rule: "closing" });
  });

  it("ends on a complete clause, including one that ends with a preposition", () => {
    expect(judgeTurnWords("In my last role I led the migration to Kubernetes.")).toEqual({ words: "finished", rule: "clause" });
    expect(words("That was the team I worked with.")).toBe("finished");
    expect(words("I fixed it.")).toBe("finished");
  });

  it("is unsure of a fragment", () => {
    expect(judgeTurnWords("The cache layer.")).toEqual({ words: "unsure", rule: "fragment" });
  });
});
