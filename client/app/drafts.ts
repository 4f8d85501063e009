// A form's draft, kept on the device while the person types (client/store/drafts): restored
// when the form opens again, written a moment after each change, and written at once when the
// page is about to go (an update's reload, the tab hidden). `flushDrafts` lets the update
// banner wait until every draft is on the device before it reloads.
import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, loadDraft, saveDraft } from '../store/drafts';

const WRITE_AFTER_MS = 300;

/** The writes not yet done, by form: run at once by flushDrafts(). */
const waiting = new Map<string, () => Promise<void>>();

export async function flushDrafts(): Promise<void> {
  const writes = [...waiting.values()];
  waiting.clear();
  await Promise.all(writes.map((write) => write().catch(() => undefined)));
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => void flushDrafts());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushDrafts();
  });
}

interface Draft {
  /** True when the form was filled again from a draft (say so, offer to clear). */
  restored: boolean;
  /** Forget the draft: the form was sent, or the person starts again. */
  discard: () => void;
}

/**
 * Keeps `values` as the draft of `form` (null: keep nothing). `isBlank` values are not kept; a
 * draft found on opening is given to `restore` once, before anything is written.
 */
export function useDraft<T>(
  form: string | null,
  values: T,
  restore: (values: T) => void,
  isBlank: (values: T) => boolean,
): Draft {
  const [loaded, setLoaded] = useState(false);
  const [restored, setRestored] = useState(false);
  const discarded = useRef(false);
  // The form's latest callbacks, read by the effects below without rerunning them.
  const latest = useRef({ restore, isBlank });
  latest.current = { restore, isBlank };

  useEffect(() => {
    if (!form) return;
    let live = true;
    loadDraft<T>(form)
      .then((draft) => {
        if (!live) return;
        if (draft !== undefined && !latest.current.isBlank(draft)) {
          latest.current.restore(draft);
          setRestored(true);
        }
      })
      .catch(() => undefined) // storage blocked: the form still works, without drafts
      .finally(() => live && setLoaded(true));
    return () => void (live = false);
    // Opening the form is what restores (`form` changes); later renders must not.
  }, [form]);

  useEffect(() => {
    if (!form || !loaded) return;
    discarded.current = false;
    const write = () => {
      if (discarded.current) return Promise.resolve();
      return latest.current.isBlank(values) ? clearDraft(form) : saveDraft(form, values);
    };
    waiting.set(form, write);
    // Not cancelled on unmount: leaving the form soon after typing still keeps the draft.
    setTimeout(() => {
      if (waiting.get(form) !== write) return; // written by a flush, or a newer change waits
      waiting.delete(form);
      void write().catch(() => undefined);
    }, WRITE_AFTER_MS);
  }, [form, loaded, values]);

  return {
    restored,
    discard: () => {
      if (!form) return;
      discarded.current = true;
      waiting.delete(form);
      setRestored(false);
      void clearDraft(form).catch(() => undefined);
    },
  };
}

/**
 * Whether a draft of `form` waits on the device (null while looking): a screen whose form opens
 * on a tap (change my details, change my request) opens it at once when there is one.
 */
export function useDraftWaiting(form: string | null): boolean | null {
  const [waitingDraft, setWaitingDraft] = useState<boolean | null>(null);
  useEffect(() => {
    if (!form) return setWaitingDraft(false);
    let live = true;
    loadDraft(form)
      .then((draft) => live && setWaitingDraft(draft !== undefined))
      .catch(() => live && setWaitingDraft(false));
    return () => void (live = false);
  }, [form]);
  return waitingDraft;
}
