// One meeting's desk in memory: the indexed roster, this desk's events, the latest counts and
// sync state. Screens read it and subscribe; the actions beside this file change it.
import type { CheckinSummary, DeskDevice } from '../../api/checkin';
import { checkinsOf } from '../../store/checkins';
import { getMeta } from '../../store/meta';
import { rosterOf } from '../../store/roster';
import type { LocalCheckin } from '../../store/types';
import { localArrivals, type Arrival } from '../arrival';
import { INDEX_MEASURE, RosterIndex } from '../rosterIndex';
import { loadIdentity, type DeskIdentity } from './identity';

export type RefreshProblem = 'network' | 'signed-out' | 'forbidden' | 'not-found' | 'storage';

export interface RosterCopy {
  /** The server's `generatedAt` of the last roster applied here. */
  generatedAt: string;
  /** When this device stored it (ms). */
  savedAt: number;
}

export const rosterCopyKey = (slug: string) => `roster:${slug}`;

export class Desk {
  readonly slug: string;
  index = new RosterIndex();
  /** This desk's events, newest first. */
  checkins: LocalCheckin[] = [];
  arrivals = new Map<string, Arrival>();
  identity: DeskIdentity = { deviceKey: '', label: '', deviceId: '' };
  copy: RosterCopy | null = null;
  loaded = false;
  /** Whether this session has applied a whole roster yet (not just changes). */
  wholeRosterSeen = false;
  refreshing = false;
  problem: RefreshProblem | null = null;
  summary: CheckinSummary | null = null;
  /** Check-ins and other writes of this desk not yet answered (a batch counts its events). */
  waiting = 0;
  /** Queued writes refused (a lapsed session…), and the check-ins and writes they carry. */
  refusedIds: string[] = [];
  refusedItems = 0;
  /** Desks this device may have been before its storage was wiped (asked once, see wipedStorage). */
  wiped: DeskDevice[] = [];
  /** The write queue's answers already applied to the desk's records (each entry is applied once). */
  readonly applied = new Set<string>();
  /** Bumped on every change, so screens know to redraw. */
  version = 0;
  private readonly listeners = new Set<() => void>();

  private readonly deskWord: string;

  /** `deskWord` names a desk the staff have not named yet ("مكتب 3F9A"). */
  constructor(slug: string, deskWord: string) {
    this.slug = slug;
    this.deskWord = deskWord;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  changed(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }

  setCheckins(list: LocalCheckin[]): void {
    this.checkins = [...list].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    this.arrivals = localArrivals(this.checkins);
  }

  addCheckin(checkin: LocalCheckin): void {
    this.setCheckins([checkin, ...this.checkins]);
  }

  /** Reads what the device kept: the roster, the events, who this desk is. */
  async load(): Promise<void> {
    const [identity, roster, checkins, copy] = await Promise.all([
      loadIdentity(this.deskWord),
      rosterOf(this.slug),
      checkinsOf(this.slug),
      getMeta<RosterCopy>(rosterCopyKey(this.slug)),
    ]);
    this.identity = identity;
    const started = performance.now();
    this.index = new RosterIndex(roster);
    if (this.index.size) {
      performance.measure(INDEX_MEASURE, { start: started });
      this.index.warmUp();
    }
    this.setCheckins(checkins);
    this.copy = copy ?? null;
    this.loaded = true;
    this.changed();
  }
}
