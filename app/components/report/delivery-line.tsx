// One answer's delivery in a line (words, pace, fillers, long pauses), and what could not be measured.
import type { DeliveryMetrics } from "../../../worker/protocol/feedback";

export function DeliveryLine({ metrics }: { metrics: DeliveryMetrics }) {
  const parts = [`${metrics.words} words`];
  if (metrics.speakingMs !== null) parts.push(`${Math.round(metrics.speakingMs / 1000)} s spoken`);
  if (metrics.wordsPerMinute !== null) parts.push(`${Math.round(metrics.wordsPerMinute)} words per minute`);
  const fillers = Object.entries(metrics.fillers.counts)
    .map(([word, count]) => `“${word}” ×${count}`)
    .join(", ");
  parts.push(metrics.fillers.total === 0 ? "no fillers" : `fillers: ${fillers}`);
  if (metrics.longPauses) parts.push(`${metrics.longPauses.count} long pause${metrics.longPauses.count === 1 ? "" : "s"}`);
  return (
    <div className="text-sm text-slate-700">
      <p>
        <span className="font-semibold text-slate-800">Delivery: </span>
        {parts.join(" · ")}
      </p>
      {metrics.notes.length > 0 && <p className="text-xs text-slate-600">{metrics.notes.join(" ")}</p>}
    </div>
  );
}
