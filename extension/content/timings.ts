// The content script's own cost on this page, kept in its memory (never in the page's
// performance timeline, which page scripts could read to learn that Backstory is installed).
export interface Timings {
  /** Main-thread milliseconds of each step, in order; each step is one task. */
  steps: Array<{ name: string; ms: number }>;
  /** From the script's start to the background's answer (includes waiting, not only work). */
  startToAnswerMs?: number;
}

export function createTimings(now: () => number = () => performance.now()) {
  const timings: Timings = { steps: [] };
  return {
    timings,
    /** Runs fn and records how long it took as a named step. */
    step<T>(name: string, fn: () => T): T {
      const start = now();
      try {
        return fn();
      } finally {
        timings.steps.push({ name, ms: Math.round((now() - start) * 100) / 100 });
      }
    },
    /** A step that spans several tasks: record() closes one task's share, restart() opens the next. */
    stopwatch(name: string) {
      let start = now();
      return {
        record: () => timings.steps.push({ name, ms: Math.round((now() - start) * 100) / 100 }),
        restart: () => {
          start = now();
        },
      };
    },
    reset() {
      timings.steps = [];
      delete timings.startToAnswerMs;
    },
  };
}

/** Test build only: the end-to-end tests' request for these timings (see extension/e2e). */
export function isTimingsRequest(raw: unknown): boolean {
  return (raw as { type?: unknown } | null)?.type === 'get-timings';
}
