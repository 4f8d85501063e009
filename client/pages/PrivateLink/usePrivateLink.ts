// Opens a registration through its private link: the token from the address or this phone,
// the server's copy when it answers (else the copy last saved here), and the queued actions'
// answers taken in as they arrive, in this tab or from the service worker.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { ApiError } from '../../api/http';
import { getRegistration, type RegistrationDetails } from '../../api/registrations';
import type { QueuedWrite } from '../../store/types';
import { subscribe } from '../../sync/writeQueue';
import { onConnectivityChange } from '../../sync/triggers';
import { dropLocalCopy, readLocalCopy, saveLocalCopy, type LocalCopy } from './localCopy';
import { actionsOf, adoptAnswers, type QueuedAction } from './pendingActions';

export interface ReadyCopy {
  token: string;
  registration: RegistrationDetails;
  applied: string[];
  savedAt: number;
}

export type LinkState =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'offline' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; copy: ReadyCopy; fresh: boolean };

const isReady = (c: LocalCopy | null): c is ReadyCopy =>
  Boolean(c?.registration && c.savedAt !== undefined);

async function openLink(
  id: string,
  hashToken: string | null,
  locale: Locale,
  sentBefore: string[],
  signal: AbortSignal,
): Promise<LinkState> {
  const stored = await readLocalCopy(id);
  const token = hashToken ?? stored?.token;
  if (!token) return { kind: 'invalid' };
  try {
    const registration = await getRegistration(id, token, signal, locale);
    // Actions sent before this read are in it: their (older) answers must not overwrite it.
    const copy: ReadyCopy = { token, registration, applied: sentBefore, savedAt: Date.now() };
    await saveLocalCopy(id, copy).catch(() => undefined);
    return { kind: 'ready', copy, fresh: true };
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
      if (stored && !stored.registration && stored.token === token) {
        await dropLocalCopy(id).catch(() => undefined);
      }
      return { kind: 'invalid' };
    }
    // Not verified yet, but kept: opened offline, the link must still work tomorrow.
    if (!stored) await saveLocalCopy(id, { token }).catch(() => undefined);
    if (isReady(stored)) return { kind: 'ready', copy: stored, fresh: false };
    if (error instanceof ApiError && error.code !== 'network' && error.code !== 'unknown') {
      return { kind: 'error', message: error.title };
    }
    return { kind: 'offline' };
  }
}

export function usePrivateLink(id: string, hashToken: string | null, locale: Locale) {
  const [state, setState] = useState<LinkState>({ kind: 'loading' });
  const [entries, setEntries] = useState<QueuedWrite[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const actions: QueuedAction[] = entries ? actionsOf(id, entries) : [];

  useEffect(() => subscribe(setEntries), []);
  // Back online: read the server's copy again (the page stays as it is meanwhile).
  useEffect(() => onConnectivityChange((online) => online && setAttempt((n) => n + 1)), []);

  useEffect(() => {
    if (entries === null) return; // the queue first: which answers the read will include
    const abort = new AbortController();
    const sent = actionsOf(id, entries)
      .filter((a) => a.entry.state === 'sent')
      .map((a) => a.entry.id);
    openLink(id, hashToken, locale, sent, abort.signal).then(
      (next) =>
        setState((prev) => (prev.kind === 'ready' && next.kind === 'offline' ? prev : next)),
      () => undefined, // aborted: the page was left
    );
    return () => abort.abort();
  }, [id, hashToken, attempt, entries === null]);

  // An action the write queue just sent: its answer is the newest copy.
  useEffect(() => {
    if (state.kind !== 'ready' || entries === null) return;
    const adopted = adoptAnswers(state.copy, actions);
    if (!adopted) return;
    const copy: ReadyCopy = { ...state.copy, ...adopted, savedAt: Date.now() };
    setState({ kind: 'ready', copy, fresh: true });
    void saveLocalCopy(id, copy).catch(() => undefined);
  }, [state, entries]);

  const retry = () => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  };
  return { state, actions, entriesKnown: entries !== null, retry };
}
