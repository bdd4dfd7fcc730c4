// Shown when a spoken answer is still open but this page is not recording it: the page was reloaded
// (or the browser closed) mid-answer, or another tab is recording. What was sent is kept either way.
import { useId } from "react";
import { Button } from "../ui";

interface OpenAnswerNoticeProps {
  onFinish: () => void;
  onDiscard: () => void;
  /** "h4" inside a question of the report, where the notice is about an attempt. */
  headingLevel?: "h2" | "h4";
}

export function OpenAnswerNotice({ onFinish, onDiscard, headingLevel: Heading = "h2" }: OpenAnswerNoticeProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4">
      <Heading id={headingId} className="font-semibold text-amber-950">
        Your last answer was interrupted
      </Heading>
      <p className="text-sm text-amber-950">
        Everything you said up to the interruption is saved (see the transcript above). You can send it as it is, or
        discard it and answer again. If you are recording in another tab, finish there instead.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onFinish}>Send what was saved</Button>
        <Button variant="secondary" onClick={onDiscard}>
          Discard and answer again
        </Button>
      </div>
    </section>
  );
}
