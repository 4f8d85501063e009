// `GET …/registrations?q=`: the meeting's people ranked by the desk's rule (shared/search/rank.ts)
// over the terms stored with each (`name_keys`), best first; then those found only by their
// e-mail or phone, in registration order.
//
// Why a cache: reading 10,000 rows of keys costs more than ranking them (about 20 ms on SQLite,
// 70 ms on a busy PostgreSQL, against 5–10 ms to rank), and an organizer searches the same
// meeting again at every pause of typing. So each server keeps a meeting's parsed terms and asks
// the database only whether they are still right (namesState: one row): new registrations are
// read alone; an edited or erased name (noteNamesChanged) has the meeting read again. Only the
// rows found are then read in full, with the list's other filters.
import type { Kysely } from 'kysely';
import { rankBy, SEARCH_RESULTS_MAX } from '../../../shared/search/rank';
import { parseTerms, type Term } from '../../../shared/search/terms';
import {
  contactMatches,
  namesOf,
  namesState,
  rowsBySeq,
  storedKeys,
  storeNameKeys,
  type NamesState,
  type StoredKeys,
} from '../../db/repositories/registrationSearch';
import type { RegistrationFilter, RegistrationRow } from '../../db/repositories/registrations';
import type { Database } from '../../db/schema';
import { nameKeysOf } from './nameKeys';

interface Person {
  seq: number;
  terms: Term[];
}

interface MeetingNames extends NamesState {
  people: Person[];
}

const cache = new Map<string, MeetingNames>();
/** Meetings kept (a few are searched at the same time; 10,000 people take a few MB). */
const CACHED_MEETINGS = 8;

/** Rows without keys of this rule's version (written before it): derived now, and stored. */
async function withKeys(db: Kysely<Database>, rows: StoredKeys[]): Promise<Person[]> {
  const people = rows.map((r) => ({ seq: r.seq, terms: parseTerms(r.name_keys ?? '') }));
  const missing = people.filter((p) => !p.terms).map((p) => p.seq);
  const fresh = new Map<number, string>();
  for (let i = 0; i < missing.length; i += 500)
    for (const row of await namesOf(db, missing.slice(i, i + 500)))
      fresh.set(row.seq, nameKeysOf(row.full_name, row.organization));
  if (fresh.size)
    await storeNameKeys(
      db,
      [...fresh].map(([seq, nameKeys]) => ({ seq, nameKeys })),
    );
  return people.map((p) => ({
    seq: p.seq,
    terms: p.terms ?? parseTerms(fresh.get(p.seq) ?? '') ?? [],
  }));
}

async function meetingNames(db: Kysely<Database>, meetingId: string): Promise<Person[]> {
  const state = await namesState(db, meetingId);
  let known = cache.get(meetingId);
  if (known && known.version === state.version && known.count !== state.count) {
    // Registrations written since: appended (one written meanwhile below lastSeq, by a
    // transaction that committed late, leaves the count short: then all is read again).
    const added = await withKeys(db, await storedKeys(db, meetingId, known.lastSeq));
    known = { ...state, people: known.people.concat(added) };
    if (known.people.length !== state.count) known = undefined;
  }
  if (!known || known.version !== state.version || known.people.length !== state.count) {
    known = { ...state, people: await withKeys(db, await storedKeys(db, meetingId)) };
  }
  known.count = known.people.length;
  known.lastSeq = known.people.at(-1)?.seq ?? 0;
  cache.delete(meetingId);
  cache.set(meetingId, known);
  if (cache.size > CACHED_MEETINGS) cache.delete(cache.keys().next().value as string);
  return known.people;
}

/**
 * What the e-mail and phone columns are matched against (phones are stored +212…): a phone
 * number, or a piece of an address when it has an @ or a dot, or when no name matched (scanning
 * every address of 10,000 people at each typed name would cost more than ranking them).
 */
function contactOf(
  typed: string,
  namesFound: number,
): { email: string | null; phone: string | null } {
  const text = typed.trim().toLowerCase();
  const digits = text.replace(/[\s.()/-]/g, '');
  const phone = /^\+?\d{3,}$/.test(digits) ? digits.replace(/^\+?(00)?0?/, '') : null;
  const addressLike = /[@.]/.test(text) || namesFound === 0;
  // One or two letters would match nearly every address.
  const email = addressLike && text.length >= 3 && !/\s/.test(text) ? text : null;
  return { email, phone };
}

export async function searchRegistrations(
  db: Kysely<Database>,
  meetingId: string,
  filter: RegistrationFilter,
  q: string,
  limit = SEARCH_RESULTS_MAX,
): Promise<RegistrationRow[]> {
  const people = await meetingNames(db, meetingId);
  const ranked = rankBy(q, people, (p) => p.terms).map((r) => r.item.seq);
  const found = new Set(ranked);
  for (const seq of await contactMatches(db, meetingId, contactOf(q, ranked.length), limit))
    if (!found.has(seq)) ranked.push(seq);
  // Read in ranked order, a slice at a time, until the other filters leave `limit` rows.
  const out: RegistrationRow[] = [];
  const slice = Math.min(limit, 500);
  for (let i = 0; i < ranked.length && out.length < limit; i += slice)
    out.push(...(await rowsBySeq(db, meetingId, filter, ranked.slice(i, i + slice))));
  return out.slice(0, limit);
}
