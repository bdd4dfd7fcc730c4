// One small line chart over interview dates, drawn with uPlot. Loaded only with the progress charts,
// so the dashboard's first load stays small. The canvas is hidden from screen readers: the same
// numbers are in the table beside it.
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

interface LineChartProps {
  label: string;
  /** Stays the same while `label` changes with what is shown. */
  testId: string;
  times: number[];
  /** Redrawn whenever this array changes identity, so callers should memoise it. */
  values: (number | null)[];
  /** Fixed y range (scores are always 1-5); otherwise fitted to the data. */
  range?: [number, number];
}

export function LineChart({ label, testId, times, values, range }: LineChartProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const plot = new uPlot(
      {
        width: Math.max(240, element.clientWidth),
        height: 160,
        legend: { show: false },
        scales: { x: { time: true }, ...(range && { y: { range } }) },
        series: [{}, { label, stroke: "#4338ca", width: 2, points: { size: 6 }, spanGaps: true }],
        axes: [{}, { size: 40 }],
      },
      [times.map((t) => t / 1000), values],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, element.clientWidth), height: 160 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [label, times, values, range]);

  return <div ref={container} aria-hidden="true" data-testid={testId} />;
}
