// Checks where the line between "not enough to score" and a short but real answer falls.
import { describe, expect, it } from "vitest";
import { bankQuestion } from "./fixtures";
import { notEnoughReason, REASONS } from "./unscorable";

describe("notEnoughReason", () => {
  it("scores a short, plain but on-topic answer", () => {
    const answer = "An index is a sorted copy of a column, so lookups are faster, but every write has to update it as well.";
    expect(notEnoughReason(bankQuestion("sql-01"), answer)).toBeNull();
  });

  it("scores a work story that uses none of the question's words", () => {
    // beh-05 asks about helping a colleague; this answer never says "colleague", "grow" or "unstuck".
    const answer =
      "At my last job a new junior developer on my team kept getting lost in our payment code, so I organised three afternoons where we walked through it together.";
    expect(notEnoughReason(bankQuestion("beh-05"), answer)).toBeNull();
  });

  it("needs a dozen words", () => {
    expect(notEnoughReason(bankQuestion("sql-01"), "Indexes make lookups faster but slow down writes.")).toBe(REASONS.short);
  });

  it("does not let hesitations pad an answer out", () => {
    expect(notEnoughReason(bankQuestion("sql-01"), "um uh um uh um uh um uh um uh um uh indexes are fast")).toBe(REASONS.short);
  });

  it("treats an honest admission as unsure, not as nonsense", () => {
    const answer = "I'm sorry, I really don't know how that works, I have not had to deal with it in any job so far.";
    expect(notEnoughReason(bankQuestion("node-06"), answer)).toBe(REASONS.unsure);
  });

  it("calls an unrelated technical answer off topic", () => {
    const answer = "I would put a load balancer in front and add more servers when traffic grows, with a queue for slow jobs and a CDN for images.";
    expect(notEnoughReason(bankQuestion("python-07"), answer)).toBe(REASONS.offTopic);
  });

  it("calls a read-back of the question not enough to score", () => {
    const question = bankQuestion("sql-01");
    expect(notEnoughReason(question, "How do indexes speed up queries, and what does it cost you to add too many of them? That's a good question.")).toBe(REASONS.readBack);
    expect(notEnoughReason(question, "Um, so, indexes speed up queries. And adding too many of them, well, it costs you. Too many indexes cost you.")).toBe(REASONS.readBack);
  });

  it("scores an answer that starts by restating the question and then answers it", () => {
    const answer = "How do indexes speed up queries? They keep a sorted copy of the column, so the database finds rows without scanning the table.";
    expect(notEnoughReason(bankQuestion("sql-01"), answer)).toBeNull();
  });
});

