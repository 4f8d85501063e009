// A value that follows another once it has stopped changing for a moment: the search box asks
// the server when the organizer pauses, not at every key.
import { useEffect, useState } from 'preact/hooks';

export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
