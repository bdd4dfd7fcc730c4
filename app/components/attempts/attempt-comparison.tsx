// The first answer and a later attempt side by side: what changed, then the numbers in a table.
import type { QuestionFeedback } from "../../../worker/protocol/report";
import { compareAttempts } from "./compare-attempts";

export function AttemptComparison({ first, attempt, attemptLabel }: { first: QuestionFeedback; attempt: QuestionFeedback; attemptLabel: string }) {
  const { rows, changes } = compareAttempts(first, attempt);
  return (
    <div className="flex flex-col gap-2">
      <ul className="flex list-disc flex-col gap-1 pl-5 text-sm">
        {changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      <table className="w-full max-w-xl text-left text-sm">
        <caption className="sr-only">First answer compared with {attemptLabel}</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <td />
            <th scope="col" className="py-1 pr-3 font-semibold">
              First answer
            </th>
            <th scope="col" className="py-1 font-semibold">
              {attemptLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-1 pr-3 font-medium text-slate-700">
                {row.label}
              </th>
              <td className="py-1 pr-3">{row.before}</td>
              <td className="py-1">{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
