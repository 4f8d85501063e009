// Reads a meeting's registrations for the organizer. While a new search or a refresh is on its
// way the previous rows stay on screen (marked busy), so the list does not blink as one types.
import type { RegistrationView } from '../../../shared/api/registrations';
import { useEffect, useState } from 'preact/hooks';
import { loadRegistrations, type RegistrationQuery } from '../../actions/staff/loadRegistrations';

export interface RegistrationList {
  /** The last rows received; null until the first answer. */
  rows: RegistrationView[] | null;
  loading: boolean;
  /** Why the last request failed (the rows, if any, are then older). */
  error: unknown;
  /** The search the rows answer (`q`), to mark why each matched. */
  answered: string;
}

/** `version` changes whenever the list must be read again (after a decision). */
export function useRegistrationList(
  slug: string,
  query: RegistrationQuery,
  version: number,
): [RegistrationList, () => void] {
  const [state, setState] = useState<RegistrationList>({
    rows: null,
    loading: true,
    error: null,
    answered: '',
  });
  const [attempt, setAttempt] = useState(0);
  // Read again when what is asked changes, not when the caller builds an equal query anew.
  const status = query.status?.trim() ?? '';
  const source = query.source?.trim() ?? '';
  const workshop = query.workshop?.trim() ?? '';
  const q = query.q?.trim() ?? '';

  useEffect(() => {
    const abort = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    loadRegistrations(slug, { status, source, workshop, q }, abort.signal).then(
      (rows) =>
        !abort.signal.aborted && setState({ rows, loading: false, error: null, answered: q }),
      (error: unknown) =>
        !abort.signal.aborted && setState((s) => ({ ...s, loading: false, error })),
    );
    return () => abort.abort();
  }, [slug, status, source, workshop, q, version, attempt]);

  return [state, () => setAttempt((n) => n + 1)];
}
