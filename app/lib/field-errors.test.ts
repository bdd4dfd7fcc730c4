import { describe, expect, it } from "vitest";
import { revalidateShown } from "./field-errors";

describe("revalidateShown", () => {
  it("drops the error of a field that is now right", () => {
    expect(revalidateShown({ username: "Too short.", password: "Too short." }, { password: "Too short." })).toEqual({ password: "Too short." });
  });

  it("updates the error of a field that is still wrong in another way", () => {
    expect(revalidateShown({ username: "Too short." }, { username: "Use letters and digits." })).toEqual({ username: "Use letters and digits." });
  });

  it("says nothing yet about a field that was not complained about", () => {
    expect(revalidateShown({ username: "Too short." }, { username: "Too short.", password: "Enter a password." })).toEqual({ username: "Too short." });
    expect(revalidateShown({}, { password: "Enter a password." })).toEqual({});
  });

  it("returns the same object when nothing changed, so the form does not render again", () => {
    const shown = { title: "Enter the role." };
    expect(revalidateShown(shown, { title: "Enter the role.", skills: "Choose one." })).toBe(shown);
  });
});
