// The benchmarks' one clock, read by the simulated candidates and by the latency model in its own
// process, so their timestamps can be subtracted from each other.

/** Milliseconds since the Unix epoch with sub-millisecond precision; comparable across processes on one machine. */
export const now = (): number => performance.timeOrigin + performance.now();
