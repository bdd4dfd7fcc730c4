// The dashboard's "Your progress": fetches the points and, once there are two to compare, loads the
// charts (and their library) on demand.
import { lazy, Suspense, useEffect, useState } from "react";
import type { Progress } from "../../../worker/protocol/progress";
import { progressApi } from "../../api/endpoints";
import { Loading } from "../ui";

const ProgressCharts = lazy(() => import("./progress-charts"));

export function ProgressSection() {
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(() => {
    let stale = false;
    // Progress is a bonus on the dashboard: if it cannot load, the history still works.
    progressApi.get().then(
      (result) => !stale && setProgress(result),
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, []);

  if (!progress || progress.points.length === 0) return null;
  return (
    <section aria-labelledby="progress-heading" className="flex flex-col gap-3">
      <h2 id="progress-heading" className="text-lg font-semibold">
        Your progress
      </h2>
      {progress.points.length < 2 ? (
        <p className="text-sm text-slate-700">Finish one more interview to see how you are improving.</p>
      ) : (
        <Suspense fallback={<Loading label="Loading charts…" />}>
          <ProgressCharts progress={progress} />
        </Suspense>
      )}
    </section>
  );
}
