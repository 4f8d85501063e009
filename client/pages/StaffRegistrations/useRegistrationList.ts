// Reads a meeting's registrations for the organizer. While a new search or a refresh is on its
// way the previous rows stay on screen (marked busy), so the list does not blink as one types.
import type { RegistrationView } from '../../../shared/api/registrations';
import { useEffect, useState } from 'preact/hooks';
import {
  listRegistrations,
  registrationsUrl,
  type RegistrationQuery,
} from '../../api/staffRegistrations';

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
  const address = registrationsUrl(slug, query);

  useEffect(() => {
    const abort = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    listRegistrations(slug, query, abort.signal).then(
      (rows) =>
        !abort.signal.aborted &&
        setState({ rows, loading: false, error: null, answered: query.q?.trim() ?? '' }),
      (error: unknown) =>
        !abort.signal.aborted && setState((s) => ({ ...s, loading: false, error })),
    );
    return () => abort.abort();
  }, [address, version, attempt]);

  return [state, () => setAttempt((n) => n + 1)];
}
