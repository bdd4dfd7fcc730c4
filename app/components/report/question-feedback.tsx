// Feedback on one question: what the candidate said, and every point tied to a quote from it.
import type { ReactNode } from "react";
import { RUBRIC_KEYS, type Evidence, type QuestionFeedback } from "../../../worker/protocol/report";
import { DeliveryLine } from "./delivery-line";

const Quote = ({ text }: { text: string }) => <q className="italic text-slate-700">{text}</q>;

function EvidenceList({ title, items }: { title: string; items: Evidence[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h4 className="text-sm font-semibold text-slate-800">{title}</h4>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-5 text-sm">
        {items.map((item) => (
          <li key={`${item.point}-${item.quote}`}>
            {item.point} — <Quote text={item.quote} />
          </li>
        ))}
      </ul>
    </div>
  );
}

interface QuestionFeedbackViewProps {
  feedback: QuestionFeedback;
  number: number;
  /** Shown at the end of the question: its later attempts. */
  children?: ReactNode;
}

export function QuestionFeedbackView({ feedback, number, children }: QuestionFeedbackViewProps) {
  return (
    <article className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 print:break-inside-avoid print:shadow-none">
      <h3 className="font-semibold">
        {number}. {feedback.question}
      </h3>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">What you said</summary>
        <p className="mt-1 whitespace-pre-wrap">{feedback.answer || "(nothing)"}</p>
      </details>
      <FeedbackDetails feedback={feedback} />
      {children}
    </article>
  );
}

/** Delivery, then the verdict and every point with its quote: for a first answer or a later attempt. */
export function FeedbackDetails({ feedback }: { feedback: QuestionFeedback }) {
  return (
    <>
      {feedback.metrics && <DeliveryLine metrics={feedback.metrics} />}
      {feedback.verdict === "not_enough" ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">Not enough to score. {feedback.notEnoughReason}</p>
      ) : (
        <>
          <EvidenceList title="Strengths" items={feedback.strengths} />
          <EvidenceList title="To improve" items={feedback.improvements} />
          {feedback.talkingPoints && (
            <div>
              <h4 className="text-sm font-semibold text-slate-800">Expected points</h4>
              {feedback.metrics?.kind === "voice" && (
                <p className="text-xs text-slate-600">Judged from the transcript: a word the speech-to-text misheard can show as not mentioned. Check what you said above.</p>
              )}
              <ul className="mt-1 flex flex-col gap-1 text-sm">
                {feedback.talkingPoints.map((tp) => (
                  <li key={tp.point}>
                    <span aria-hidden="true">{tp.quote ? "✓ " : "✗ "}</span>
                    {tp.point}
                    {tp.quote ? <> — covered: <Quote text={tp.quote} /></> : " (not mentioned)"}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {feedback.star && (
            <div>
              <h4 className="text-sm font-semibold text-slate-800">STAR</h4>
              <ul className="mt-1 flex flex-col gap-1 text-sm">
                {Object.entries(feedback.star).map(([part, quote]) => (
                  <li key={part}>
                    <span className="capitalize">{part}</span>: {quote ? <Quote text={quote} /> : "missing"}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {feedback.rubric && (
            <table className="text-sm">
              <caption className="sr-only">Scores out of 5</caption>
              <tbody>
                {RUBRIC_KEYS.map((key) => (
                  <tr key={key} className="align-top">
                    <th scope="row" className="pr-3 text-left font-medium capitalize">
                      {key}
                    </th>
                    <td className="pr-3 whitespace-nowrap">{feedback.rubric![key].score} / 5</td>
                    <td>
                      {feedback.rubric![key].why} — <Quote text={feedback.rubric![key].quote} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
