// The `registrations` store: the participant's own registrations made on this device.
import { getDb, updateInStore } from './db';
import type { LocalRegistration } from './types';

export async function putRegistration(registration: LocalRegistration): Promise<void> {
  const db = await getDb();
  await db.put('registrations', registration);
}

export async function getRegistration(id: string): Promise<LocalRegistration | undefined> {
  const db = await getDb();
  return db.get('registrations', id);
}

/** Newest first: the one just made is the one the person is looking for. */
export async function listRegistrations(): Promise<LocalRegistration[]> {
  const db = await getDb();
  const all = await db.getAll('registrations');
  return all.sort((a, b) => b.createdAt - a.createdAt);
}

export async function registrationsForMeeting(slug: string): Promise<LocalRegistration[]> {
  const db = await getDb();
  return db.getAllFromIndex('registrations', 'meetingSlug', slug);
}

/** Applies a change in one transaction; a record removed meanwhile is left removed. */
export function updateRegistration(
  id: string,
  change: (registration: LocalRegistration) => LocalRegistration,
): Promise<LocalRegistration | undefined> {
  return updateInStore('registrations', id, change);
}

export async function deleteRegistration(id: string): Promise<void> {
  const db = await getDb();
  await db.delete('registrations', id);
}
