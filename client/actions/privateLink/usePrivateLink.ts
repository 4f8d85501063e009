// A registration opened through its private link, for its page: the copy read (readRegistration),
// read again when the device is back online, and the queued actions' answers taken in as they
// arrive, in this tab or from the service worker.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { QueuedWrite } from '../../store/types';
import { onConnectivityChange } from '../../sync/triggers';
import { subscribe } from '../../sync/writeQueue';
import { saveLocalCopy } from './localCopy';
import { actionsOf, adoptAnswers, type QueuedAction } from './pendingActions';
import { readRegistration, type LinkState, type ReadyCopy } from './readRegistration';

export function usePrivateLink(id: string, hashToken: string | null, locale: Locale) {
  const [state, setState] = useState<LinkState>({ kind: 'loading' });
  const [entries, setEntries] = useState<QueuedWrite[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const actions: QueuedAction[] = useMemo(
    () => (entries ? actionsOf(id, entries) : []),
    [id, entries],
  );
  const entriesKnown = entries !== null;

  useEffect(() => subscribe(setEntries), []);
  // Back online: read the server's copy again (the page stays as it is meanwhile).
  useEffect(() => onConnectivityChange((online) => online && setAttempt((n) => n + 1)), []);

  useEffect(() => {
    if (!entriesKnown) return; // the queue first: which answers the read will include
    const abort = new AbortController();
    const sent = actions.filter((a) => a.entry.state === 'sent').map((a) => a.entry.id);
    readRegistration(id, hashToken, locale, sent, abort.signal).then(
      (next) =>
        setState((prev) => (prev.kind === 'ready' && next.kind === 'offline' ? prev : next)),
      () => undefined, // aborted: the page was left
    );
    return () => abort.abort();
    // Deliberately read once the queue is known, not again at each change of it (the answers
    // are taken in below), nor when the language changes (the next read words it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, hashToken, attempt, entriesKnown]);

  // An action the write queue just sent: its answer is the newest copy.
  useEffect(() => {
    if (state.kind !== 'ready' || !entriesKnown) return;
    const adopted = adoptAnswers(state.copy, actions);
    if (!adopted) return;
    const copy: ReadyCopy = { ...state.copy, ...adopted, savedAt: Date.now() };
    setState({ kind: 'ready', copy, fresh: true });
    void saveLocalCopy(id, copy).catch(() => undefined);
  }, [id, state, actions, entriesKnown]);

  const retry = () => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  };
  return { state, actions, entriesKnown, retry };
}
