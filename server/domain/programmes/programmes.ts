// Programmes: create and edit (admin), read and list (public: published meetings only).
import { randomUUID } from 'node:crypto';
import type { Locale } from '../../../shared/enums';
import { validationMessage } from '../../../shared/i18n/validationMessages';
import type { ProgrammeInput, ProgrammePatch } from '../../../shared/schemas/programme';
import { audit } from '../../db/repositories/audit';
import {
  findProgrammeBySlug,
  insertProgramme,
  listProgrammeRows,
  programmeMeetingRows,
  updateProgrammeRow,
  type ProgrammeRow,
} from '../../db/repositories/programmes';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import { DomainError } from '../../core/domainError';
import type { ProgrammeView } from '../../../shared/api/programmes';
import { programmeView } from './view';

function slugTaken(locale: Locale): DomainError {
  return new DomainError('validation', {
    errors: [{ path: 'slug', message: validationMessage('programmeSlugTaken', locale) }],
  });
}

/** The programme, or not-found. */
export async function programmeOrNotFound(deps: Deps, slug: string): Promise<ProgrammeRow> {
  const row = await findProgrammeBySlug(deps.db.kysely, slug);
  if (!row) throw new DomainError('not-found');
  return row;
}

export async function createProgramme(
  deps: Deps,
  input: ProgrammeInput,
  actor: StaffUser,
  locale: Locale,
): Promise<ProgrammeView> {
  const db = deps.db.kysely;
  const now = deps.now().toISOString();
  const { slug, ...text } = input;
  const row: ProgrammeRow = {
    id: randomUUID(),
    slug,
    data: JSON.stringify(text),
    created_by: actor.id,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  if (await findProgrammeBySlug(db, slug)) throw slugTaken(locale);
  try {
    await insertProgramme(db, row);
  } catch (err) {
    // Two admins creating the same slug at once: the unique index chose one.
    if (await findProgrammeBySlug(db, slug)) throw slugTaken(locale);
    throw err;
  }
  await audit(db, { at: now, actor: actor.id, action: 'programme.create', subject: row.id });
  return programmeView(row, [], deps.now());
}

export async function updateProgramme(
  deps: Deps,
  slug: string,
  patch: ProgrammePatch,
  actor: StaffUser,
): Promise<ProgrammeView> {
  const db = deps.db.kysely;
  const row = await programmeOrNotFound(deps, slug);
  const text = JSON.parse(row.data) as Omit<ProgrammeInput, 'slug'>;
  if (patch.title) text.title = patch.title;
  if (patch.description === null) delete text.description;
  else if (patch.description) text.description = patch.description;
  const now = deps.now().toISOString();
  const changes = { data: JSON.stringify(text), updated_at: now };
  if (!(await updateProgrammeRow(db, row.id, row.version, changes))) {
    throw new DomainError('conflict'); // another admin saved in between; reload and try again
  }
  await audit(db, {
    at: now,
    actor: actor.id,
    action: 'programme.update',
    subject: row.id,
    detail: Object.keys(patch),
  });
  const meetings = await programmeMeetingRows(db, [row.id], false);
  return programmeView({ ...row, ...changes, version: row.version + 1 }, meetings, deps.now());
}

export async function getProgramme(deps: Deps, slug: string): Promise<ProgrammeView> {
  const row = await programmeOrNotFound(deps, slug);
  const meetings = await programmeMeetingRows(deps.db.kysely, [row.id], false);
  return programmeView(row, meetings, deps.now());
}

export async function listProgrammes(deps: Deps): Promise<ProgrammeView[]> {
  const db = deps.db.kysely;
  const rows = await listProgrammeRows(db);
  const meetings = await programmeMeetingRows(
    db,
    rows.map((r) => r.id),
    false,
  );
  const now = deps.now();
  return rows.map((row) =>
    programmeView(
      row,
      meetings.filter((m) => m.programme_id === row.id),
      now,
    ),
  );
}
