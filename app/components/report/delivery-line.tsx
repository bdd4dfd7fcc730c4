// One answer's delivery in a line (words, pace, fillers, long pauses), and what could not be measured.
import type { DeliveryMetrics } from "../../../worker/protocol/feedback";
import { countOf } from "../../../worker/protocol/plural";

/** The line's parts, in reading order: "12 words", "8 s spoken", "90 words per minute", fillers, pauses. */
export function deliveryParts(metrics: DeliveryMetrics): string[] {
  const parts = [countOf(metrics.words, "word")];
  if (metrics.speakingMs !== null) parts.push(`${Math.round(metrics.speakingMs / 1000)} s spoken`);
  if (metrics.wordsPerMinute !== null) parts.push(`${countOf(Math.round(metrics.wordsPerMinute), "word")} per minute`);
  const fillers = Object.entries(metrics.fillers.counts)
    .map(([word, count]) => `“${word}” ×${count}`)
    .join(", ");
  parts.push(metrics.fillers.total === 0 ? "no fillers" : `fillers: ${fillers}`);
  if (metrics.longPauses) parts.push(countOf(metrics.longPauses.count, "long pause"));
  return parts;
}

export function DeliveryLine({ metrics }: { metrics: DeliveryMetrics }) {
  return (
    <div className="text-sm text-slate-700">
      <p>
        <span className="font-semibold text-slate-800">Delivery: </span>
        {deliveryParts(metrics).join(" · ")}
      </p>
      {metrics.notes.length > 0 && <p className="text-xs text-slate-600">{metrics.notes.join(" ")}</p>}
    </div>
  );
}
