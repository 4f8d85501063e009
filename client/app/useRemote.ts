// Reads something from the API for a screen: the result, the error, and a way to try again.
// Leaving the screen cancels the request.
import { useEffect, useState } from 'preact/hooks';

export type Remote<T> =
  { status: 'loading' } | { status: 'done'; data: T } | { status: 'error'; error: unknown };

export function useRemote<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: unknown[],
): [Remote<T>, () => void] {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    load(abort.signal).then(
      (data) => !abort.signal.aborted && setState({ status: 'done', data }),
      (error: unknown) => !abort.signal.aborted && setState({ status: 'error', error }),
    );
    return () => abort.abort();
    // The caller names what the read depends on, as with useEffect's own list; `load` is a new
    // function each render and must not restart the read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  return [state, () => setAttempt((n) => n + 1)];
}
