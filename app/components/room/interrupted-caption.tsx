// The caption of an interviewer line the candidate spoke over: the last sentence said as it was, the rest dimmed
// and struck through, marked "interrupted". Shown by the room's interviewer-voice component in place of the caption.

interface InterruptedCaptionProps {
  /** The line's sentences, as the server cut them for speaking. */
  sentences: readonly string[];
  /** The sentence the voice stopped in (0-based): it and the ones after it were not said to the end. */
  cutAt: number;
}

export function InterruptedCaption({ sentences, cutAt }: InterruptedCaptionProps) {
  const said = cutAt > 0 ? sentences[cutAt - 1] : null;
  const unsaid = sentences.slice(cutAt).join(" ");
  return (
    <>
      {said && <span>{said} </span>}
      <s className="text-slate-500">{unsaid}</s> <span className="text-sm font-medium whitespace-nowrap text-slate-600">(interrupted)</span>
    </>
  );
}
