import { describe, expect, it } from "vitest";
import { matchRoleGroups } from "./match-role";

const groupsOf = (title: string) => matchRoleGroups(title).map((group) => group.id);

describe("matchRoleGroups", () => {
  it.each([
    ["Senior Backend Engineer", ["senior", "backend"]],
    ["Jr. Front-End Developer", ["junior", "frontend"]],
    ["Full-stack engineer", ["fullstack"]],
    ["FullStack Developer", ["fullstack"]],
    ["Solutions Architect", ["architect"]],
    ["Technical Lead", ["techlead"]],
    ["Staff Engineer, Platform", ["senior"]],
    ["Graduate Software Engineer", ["junior"]],
  ])("matches %s", (title, expected) => {
    expect(groupsOf(title)).toEqual(expected);
  });

  it("matches whole words only", () => {
    expect(groupsOf("Leadership Coach")).toEqual([]);
    expect(groupsOf("Internal Tools Developer")).toEqual([]);
    expect(groupsOf("Software Developer")).toEqual([]);
  });
});
