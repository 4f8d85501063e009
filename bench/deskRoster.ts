// The desk bench's meeting: 5,000 accepted attendees with Moroccan names in both scripts and
// their tickets, written straight to the database (the registration path is not measured here).
import { randomUUID } from 'node:crypto';
import { derivedToken } from '../server/auth/secret';
import { sha256Hex } from '../server/auth/tokens';
import type { NewRegistrationRow } from '../server/db/repositories/registrations';
import type { TestServer } from '../tests/support/harness';
import { foldForSearch } from '../shared/search/fold';
import { openMeeting } from './fixtures';
import { registrationRow } from './registrationRow';

export const ATTENDEES = 5000;
export const SLUG = 'bench-desk';
const FIRST = [
  'أحمد',
  'محمد',
  'فاطمة',
  'خديجة',
  'يوسف',
  'سناء',
  'إدريس',
  'مريم',
  'Salma',
  'Karim',
  'Hélène',
  'عبد الرحمان',
];
const LAST = [
  'العلوي',
  'بنعلي',
  'الإدريسي',
  'التازي',
  'الفاسي',
  'بناني',
  'Ouazzani',
  'El Amrani',
  'الزهراء',
  'السلاوي',
  'Berrada',
];
const ORGS = [
  'جمعية الأمل للتنمية',
  'شبكة جمعيات الشمال',
  'المجلس الجهوي',
  'Association Tanmia',
  'جامعة عبد المالك السعدي',
];

export async function seed(server: TestServer): Promise<string[]> {
  const token = await server.tokenFor('organizer');
  const created = await server.json('POST', '/api/meetings', {
    token,
    body: openMeeting(SLUG, ATTENDEES + 100),
  });
  if (created.status !== 201)
    throw new Error(`bench meeting not created: ${JSON.stringify(created.body)}`);
  const db = server.deps.db.kysely;
  const meeting = await db
    .selectFrom('meetings')
    .select('id')
    .where('slug', '=', SLUG)
    .executeTakeFirstOrThrow();
  const nowIso = new Date().toISOString();
  const rows: NewRegistrationRow[] = [];
  for (let i = 0; i < ATTENDEES; i++) {
    const id = randomUUID();
    const fullName = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
    const organization = ORGS[i % ORGS.length] as string;
    rows.push(
      registrationRow(
        meeting.id,
        {
          id,
          full_name: fullName,
          search_name: foldForSearch(`${fullName} ${organization}`),
          gender: i % 2 ? 'male' : 'female',
          organization,
          manage_token_hash: sha256Hex(id),
          ticket_hash: sha256Hex(await derivedToken(server.deps, 'ticket', id)),
        },
        nowIso,
      ),
    );
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('registrations')
        .values(rows.slice(i, i + 500))
        .execute();
    await trx
      .updateTable('meetings')
      .set({ seats_taken: ATTENDEES })
      .where('id', '=', meeting.id)
      .execute();
  });
  return rows.map((r) => r.id);
}
