// Progress over time: overall score, words per minute and fillers per minute by interview, with the
// weakest skill called out. A table gives the same numbers in text. Loaded lazily by the dashboard.
import type { Progress } from "../../../worker/protocol/progress";
import { formatDate } from "../ui";
import { LineChart } from "./line-chart";

const show = (value: number | null) => (value === null ? "—" : String(value));
const SCORE_RANGE: [number, number] = [1, 5];

export default function ProgressCharts({ progress }: { progress: Progress }) {
  const times = progress.points.map((p) => p.createdAt);
  const charts = [
    { label: "Overall score (1–5)", values: progress.points.map((p) => p.score), range: SCORE_RANGE, empty: "No scored answers yet." },
    { label: "Words per minute", values: progress.points.map((p) => p.wordsPerMinute), empty: "No spoken answers yet." },
    { label: "Fillers per minute", values: progress.points.map((p) => p.fillersPerMinute), empty: "No spoken answers yet." },
  ];
  return (
    <div className="flex flex-col gap-4">
      {progress.weakestSkill && (
        <p className="rounded-lg bg-indigo-50 px-4 py-3 text-sm text-indigo-950">
          Weakest skill so far: <strong>{progress.weakestSkill.skill}</strong> ({progress.weakestSkill.score} / 5). Practise it next.
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-3">
        {charts.map((chart) => (
          <figure key={chart.label} className="rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
            <figcaption className="mb-2 text-sm font-medium text-slate-800">{chart.label}</figcaption>
            {chart.values.some((v) => v !== null) ? (
              <LineChart label={chart.label} times={times} values={chart.values} range={chart.range} />
            ) : (
              <p className="py-12 text-center text-sm text-slate-600">{chart.empty}</p>
            )}
          </figure>
        ))}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">The numbers as a table</summary>
        <table className="mt-2 w-full text-left">
          <thead>
            <tr>
              <th scope="col">Interview</th>
              <th scope="col">Date</th>
              <th scope="col">Score</th>
              <th scope="col">Words/min</th>
              <th scope="col">Fillers/min</th>
            </tr>
          </thead>
          <tbody>
            {progress.points.map((p) => (
              <tr key={p.interviewId}>
                <td>{p.title}</td>
                <td>{formatDate(p.createdAt)}</td>
                <td>{show(p.score)}</td>
                <td>{show(p.wordsPerMinute)}</td>
                <td>{show(p.fillersPerMinute)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
