// How the report names a requirement's result, on screen and in the Markdown export alike.
import type { RequirementResult } from "../../../worker/protocol/report";

export const REQUIREMENT_STATUS_TEXT: Record<RequirementResult["status"], string> = {
  shown: "Shown",
  not_shown: "Not shown",
  not_asked: "Not asked",
};

/** Why a requirement has no quote, in a sentence for the candidate; null when it was shown. */
export function requirementGap(result: RequirementResult): string | null {
  if (result.status === "shown") return null;
  if (result.status === "not_asked") return "No question came to it, and no answer showed it in passing.";
  return result.score === null ? "It was asked, but the answer had not enough in it to score." : `It was asked; the answer scored ${result.score} / 5 and did not show it yet.`;
}
