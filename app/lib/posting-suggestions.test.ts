// How a pasted posting fills the new-interview form without undoing what the candidate chose.
import { describe, expect, it } from "vitest";
import type { PostingReading } from "../../worker/jobs/read-posting";
import { applyReading, type PostingChoices } from "./posting-suggestions";

const empty: PostingChoices = { title: "", suggestedTitle: null, skills: [], offered: [], requirements: [], requirementsEdited: false };

const reading = (over: Partial<PostingReading> = {}): PostingReading => ({
  title: "Data Engineer",
  knownSkills: ["Python", "SQL"],
  freeSkills: ["Dagster"],
  requirements: [{ id: "r1", text: "Build pipelines", kind: "responsibility" }],
  ...over,
});

describe("applyReading", () => {
  it("fills an empty form from the posting", () => {
    expect(applyReading(empty, reading(), 1)).toEqual({
      title: "Data Engineer",
      suggestedTitle: "Data Engineer",
      skills: ["Python", "SQL", "Dagster"],
      offered: ["Python", "SQL", "Dagster"],
      requirements: [{ key: "p1-r1", text: "Build pipelines", kind: "responsibility" }],
      requirementsEdited: false,
    });
  });

  it("keeps a role the candidate typed, but replaces its own earlier suggestion", () => {
    expect(applyReading({ ...empty, title: "Platform Engineer" }, reading(), 1).title).toBe("Platform Engineer");
    const first = applyReading(empty, reading(), 1);
    expect(applyReading(first, reading({ title: "Senior Data Engineer" }), 2).title).toBe("Senior Data Engineer");
  });

  it("never ticks again a skill the candidate unticked, ticks new ones, and stops at ten", () => {
    const first = applyReading(empty, reading(), 1);
    const unticked = { ...first, skills: ["SQL"] };
    const again = applyReading(unticked, reading({ knownSkills: ["Python", "SQL", "Go"] }), 2);
    expect(again.skills).toEqual(["SQL", "Go"]);
    expect(again.offered).toEqual(["Python", "SQL", "Dagster", "Go"]);

    const many = Array.from({ length: 14 }, (_, i) => `Skill ${i}`);
    expect(applyReading({ ...empty, skills: ["React"] }, reading({ knownSkills: many, freeSkills: [] }), 1).skills).toEqual([
      "React",
      ...many.slice(0, 9),
    ]);
  });

  it("keeps requirements the candidate edited", () => {
    const edited = { ...applyReading(empty, reading(), 1), requirements: [{ key: "mine", text: "Mine", kind: "qualification" as const }], requirementsEdited: true };
    expect(applyReading(edited, reading(), 2).requirements).toEqual([{ key: "mine", text: "Mine", kind: "qualification" }]);
  });
});
