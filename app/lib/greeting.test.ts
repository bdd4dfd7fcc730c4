import { describe, expect, it } from "vitest";
import { greeting } from "./greeting";

describe("greeting", () => {
  it("welcomes a new account for the first time, even once it has an interview", () => {
    expect(greeting({ username: "ada", newAccount: true, interviewCount: null })).toMatch(/^Welcome, ada\. /);
    expect(greeting({ username: "ada", newAccount: true, interviewCount: 2 })).toMatch(/^Welcome, ada\. /);
  });

  it("welcomes back a returning user who has practised before", () => {
    expect(greeting({ username: "ada", newAccount: false, interviewCount: 3 })).toBe("Welcome back, ada.");
  });

  it("treats a signed-in account with no interviews as new, and waits for the history otherwise", () => {
    expect(greeting({ username: "ada", newAccount: false, interviewCount: 0 })).toMatch(/^Welcome, ada\. /);
    expect(greeting({ username: "ada", newAccount: false, interviewCount: null })).toBeNull();
  });
});
