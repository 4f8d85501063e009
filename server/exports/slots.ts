// A cap on exports running at once in this instance: a long XLSX holds memory and CPU, and four
// at once once stalled health checks. Beyond the cap: 429 with Retry-After.
export interface ExportSlots {
  /** A release function, or null when every slot is taken. */
  take(): (() => void) | null;
  readonly running: number;
}

export function exportSlots(capacity: number): ExportSlots {
  let running = 0;
  return {
    take() {
      if (running >= capacity) return null;
      running++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        running--;
      };
    },
    get running() {
      return running;
    },
  };
}
