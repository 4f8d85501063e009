// "Open my registration" through its private link: the token from the address or this phone, the
// server's copy when it answers (saved here for next time), else the copy last saved here.
import type { Locale } from '../../../shared/enums';
import { ApiError } from '../../api/http';
import type { RegistrationDetails } from '../../../shared/api/registrations';
import { getRegistration } from '../../api/registrations';
import { dropLocalCopy, readLocalCopy, saveLocalCopy, type LocalCopy } from './localCopy';

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

/** `sentBefore`: the queued actions already sent, whose effect the server's copy includes. */
export async function readRegistration(
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
