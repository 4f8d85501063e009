// Opens the device database `liqa`: typed schema, and every migration in one upgrade function.
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
  type StoreValue,
} from 'idb';
import type { LocalCheckin, LocalRegistration, QueuedWrite, RosterEntry } from './types';

export interface LiqaDB extends DBSchema {
  outbox: { key: string; value: QueuedWrite; indexes: { seq: number } };
  registrations: { key: string; value: LocalRegistration; indexes: { meetingSlug: string } };
  meta: { key: string; value: unknown };
  roster: { key: string; value: RosterEntry; indexes: { meetingSlug: string } };
  checkins: { key: string; value: LocalCheckin; indexes: { meetingSlug: string } };
}

type UpgradeTx = IDBPTransaction<LiqaDB, ArrayLike<StoreNames<LiqaDB>>, 'versionchange'>;
type Migration = (db: IDBPDatabase<LiqaDB>, tx: UpgradeTx) => void;

/**
 * Migration n takes the database from version n to n+1. Append only: a phone may skip
 * several app versions and must replay every step it missed, in order.
 */
const MIGRATIONS: readonly Migration[] = [
  (db) => {
    const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
    outbox.createIndex('seq', 'seq', { unique: true });
    const registrations = db.createObjectStore('registrations', { keyPath: 'id' });
    registrations.createIndex('meetingSlug', 'meetingSlug');
    db.createObjectStore('meta');
  },
  // The check-in desk: the roster it downloads and the events it records.
  (db) => {
    db.createObjectStore('roster', { keyPath: 'id' }).createIndex('meetingSlug', 'meetingSlug');
    db.createObjectStore('checkins', { keyPath: 'id' }).createIndex('meetingSlug', 'meetingSlug');
  },
];

export const DB_NAME = 'liqa';
export const DB_VERSION = MIGRATIONS.length;

let opening: Promise<IDBPDatabase<LiqaDB>> | null = null;

/** The shared connection of this page or worker, opened on first use. */
export function getDb(): Promise<IDBPDatabase<LiqaDB>> {
  opening ??= openDB<LiqaDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < MIGRATIONS.length; version++) {
        MIGRATIONS[version]?.(db, tx);
      }
    },
    // A newer app version in another tab (or the updated service worker) wants to upgrade:
    // step aside, or it would wait for this tab to close.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase | null)?.close();
      opening = null;
    },
    // The browser closed the connection (storage cleared, disk error): reopen on next use.
    terminated() {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** The stores whose entries carry their own key (`id`). */
type KeyedStore = Exclude<StoreNames<LiqaDB>, 'meta'>;

/**
 * Reads and rewrites one entry in a single transaction; `change` returning null deletes it.
 * An entry deleted meanwhile (in another tab) stays deleted: returns undefined.
 */
export async function updateInStore<S extends KeyedStore>(
  store: S,
  id: string,
  change: (entry: StoreValue<LiqaDB, S>) => StoreValue<LiqaDB, S> | null,
): Promise<StoreValue<LiqaDB, S> | undefined> {
  const db = await getDb();
  const tx = db.transaction(store, 'readwrite');
  const current = await tx.store.get(id);
  if (!current) {
    await tx.done;
    return undefined;
  }
  const next = change(current);
  if (next) await tx.store.put(next);
  else await tx.store.delete(id);
  await tx.done;
  return next ?? undefined;
}
