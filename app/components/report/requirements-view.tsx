// The report's "This job's requirements": what to practise next, then each requirement of the posting
// with the candidate's words that showed it, or why it is not shown. Only for interviews built from a posting.
import type { RequirementResult, RequirementsReport } from "../../../worker/protocol/report";
import { REQUIREMENT_STATUS_TEXT, requirementGap } from "./requirement-status";

const BADGE: Record<RequirementResult["status"], string> = {
  shown: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  not_shown: "bg-amber-50 text-amber-950 ring-amber-200",
  not_asked: "bg-slate-100 text-slate-800 ring-slate-300",
};

function RequirementItem({ result }: { result: RequirementResult }) {
  return (
    <li className="flex flex-col gap-1 border-t border-slate-100 pt-2 first:border-t-0 first:pt-0">
      <p>
        <span className={`mr-2 inline-block rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ${BADGE[result.status]}`}>
          {REQUIREMENT_STATUS_TEXT[result.status]}
        </span>
        <span className="sr-only">: </span>
        {result.text}
      </p>
      {result.quote ? (
        <p className="text-sm text-slate-800">
          You said: <q className="italic text-slate-700">{result.quote}</q>
        </p>
      ) : (
        <p className="text-sm text-slate-700">{requirementGap(result)}</p>
      )}
      {result.question && <p className="text-xs text-slate-600">Answering: {result.question}</p>}
    </li>
  );
}

export function RequirementsView({ requirements }: { requirements: RequirementsReport }) {
  const { items, practiseNext } = requirements;
  const next = practiseNext.flatMap((id) => items.filter((r) => r.requirementId === id));
  const shown = items.filter((r) => r.status === "shown").length;
  return (
    <section aria-labelledby="requirements-heading" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 print:break-inside-avoid">
      <h3 id="requirements-heading" className="font-semibold">
        This job's requirements
      </h3>
      <p className="text-sm text-slate-700">
        Your answers showed {shown} of {items.length}. Each one shown quotes what you said.
      </p>
      {next.length > 0 && (
        <div>
          <h4 className="text-sm font-semibold text-slate-800">Practise next</h4>
          <ol className="mt-1 list-decimal pl-5 text-sm">
            {next.map((r) => (
              <li key={r.requirementId}>{r.text}</li>
            ))}
          </ol>
        </div>
      )}
      <ul className="flex flex-col gap-2" aria-label="Requirements">
        {items.map((result) => (
          <RequirementItem key={result.requirementId} result={result} />
        ))}
      </ul>
    </section>
  );
}
