// Progress over time: overall score, words per minute and fillers per minute by interview, for all
// skills together or for one skill, for every interview or those for one job posting, with the
// weakest skill called out. A table gives the same numbers in text. Loaded lazily by the dashboard.
import { useId, useMemo, useState } from "react";
import { countOf } from "../../../worker/protocol/plural";
import type { Progress } from "../../../worker/protocol/progress";
import { formatDate } from "../ui";
import { LineChart } from "./line-chart";

const show = (value: number | null) => (value === null ? "—" : String(value));
const SCORE_RANGE: [number, number] = [1, 5];
/** The select's value for every skill together; skill names are never empty. */
const ALL_SKILLS = "";
/** The select's value for every interview, whatever it was for; posting keys are never empty. */
const ALL_POSTINGS = "";

interface Row {
  interviewId: string;
  title: string;
  createdAt: number;
  /** False when the chosen skill did not come up in this interview. */
  covered: boolean;
  score: number | null;
  wordsPerMinute: number | null;
  fillersPerMinute: number | null;
}

export default function ProgressCharts({ progress }: { progress: Progress }) {
  const selectId = useId();
  const postingSelectId = useId();
  const [skill, setSkill] = useState(ALL_SKILLS);
  const [posting, setPosting] = useState(ALL_POSTINGS);

  const skills = useMemo(
    () => [...new Set(progress.points.flatMap((p) => Object.keys(p.skills)))].sort((a, b) => a.localeCompare(b)),
    [progress],
  );
  // Each posting once, named by its first line; two postings with the same first line are told apart by count.
  const postings = useMemo(() => {
    const seen = new Map<string, string>();
    for (const p of progress.points) if (p.posting && !seen.has(p.posting.key)) seen.set(p.posting.key, p.posting.label);
    const labels = [...seen.values()];
    return [...seen].map(([key, label], i) => ({ key, label: labels.indexOf(label) === i ? label : `${label} (${i + 1})` }));
  }, [progress]);
  const times = useMemo(() => progress.points.map((p) => p.createdAt), [progress]);
  // One row per interview, kept in step with `times`; an interview that did not cover the chosen
  // skill has no numbers, so the charts skip it rather than drawing it as zero.
  const rows = useMemo(
    () =>
      progress.points.map((p): Row => {
        const forPosting = posting === ALL_POSTINGS || p.posting?.key === posting;
        const numbers = !forPosting ? undefined : skill === ALL_SKILLS ? p : Object.hasOwn(p.skills, skill) ? p.skills[skill] : undefined;
        return {
          interviewId: p.interviewId,
          title: p.title,
          createdAt: p.createdAt,
          covered: numbers !== undefined,
          score: numbers?.score ?? null,
          wordsPerMinute: numbers?.wordsPerMinute ?? null,
          fillersPerMinute: numbers?.fillersPerMinute ?? null,
        };
      }),
    [progress, skill, posting],
  );
  const charts = useMemo(() => {
    const all = skill === ALL_SKILLS;
    // `id` stays the same whichever skill is shown, so each chart keeps its place (and test id).
    return [
      {
        id: "Overall score (1–5)",
        label: all ? "Overall score (1–5)" : `Score for ${skill} (1–5)`,
        values: rows.map((r) => r.score),
        range: SCORE_RANGE,
        empty: "No scored answers yet.",
      },
      {
        id: "Words per minute",
        label: all ? "Words per minute" : `Words per minute for ${skill}`,
        values: rows.map((r) => r.wordsPerMinute),
        empty: "No spoken answers yet.",
      },
      {
        id: "Fillers per minute",
        label: all ? "Fillers per minute" : `Fillers per minute for ${skill}`,
        values: rows.map((r) => r.fillersPerMinute),
        empty: "No spoken answers yet.",
      },
    ];
  }, [rows, skill]);
  const tableRows = rows.filter((r) => r.covered);
  const postingLabel = postings.find((p) => p.key === posting)?.label;
  const inPosting = posting === ALL_POSTINGS ? rows.length : progress.points.filter((p) => p.posting?.key === posting).length;
  const forPosting = postingLabel ? ` for ${postingLabel}` : "";
  const filterNote =
    skill !== ALL_SKILLS
      ? `${skill} came up in ${tableRows.length} of ${countOf(inPosting, "interview")}${forPosting}.`
      : postingLabel
        ? `${countOf(inPosting, "interview")}${forPosting}.`
        : "";

  return (
    <div className="flex flex-col gap-4">
      {progress.weakestSkill && (
        <p className="rounded-lg bg-indigo-50 px-4 py-3 text-sm text-indigo-950">
          Weakest skill so far: <strong>{progress.weakestSkill.skill}</strong> ({progress.weakestSkill.score} / 5). Practise it next.
        </p>
      )}
      {(skills.length > 0 || postings.length > 0) && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          {skills.length > 0 && (
            <>
              <label htmlFor={selectId} className="text-sm font-medium text-slate-800">
                Show progress for
              </label>
              <select
                id={selectId}
                value={skill}
                onChange={(event) => setSkill(event.target.value)}
                className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900"
              >
                <option value={ALL_SKILLS}>All skills</option>
                {skills.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </>
          )}
          {postings.length > 0 && (
            <>
              <label htmlFor={postingSelectId} className="text-sm font-medium text-slate-800">
                Job posting
              </label>
              <select
                id={postingSelectId}
                value={posting}
                onChange={(event) => setPosting(event.target.value)}
                className="max-w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900"
              >
                <option value={ALL_POSTINGS}>All interviews</option>
                {postings.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.label}
                  </option>
                ))}
              </select>
            </>
          )}
          <p aria-live="polite" className="text-sm text-slate-600">
            {filterNote}
          </p>
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-3">
        {charts.map((chart) => (
          <figure key={chart.id} className="rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
            <figcaption className="mb-2 text-sm font-medium text-slate-800">{chart.label}</figcaption>
            {chart.values.some((v) => v !== null) ? (
              <LineChart label={chart.label} testId={`chart-${chart.id}`} times={times} values={chart.values} range={chart.range} />
            ) : (
              <p className="py-12 text-center text-sm text-slate-600">{chart.empty}</p>
            )}
          </figure>
        ))}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">The numbers as a table</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">
            {skill === ALL_SKILLS ? "All skills" : skill}, by interview{postingLabel ? `, for ${postingLabel}` : ""}
          </caption>
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
            {tableRows.map((r) => (
              <tr key={r.interviewId}>
                <td>{r.title}</td>
                <td>{formatDate(r.createdAt)}</td>
                <td>{show(r.score)}</td>
                <td>{show(r.wordsPerMinute)}</td>
                <td>{show(r.fillersPerMinute)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
