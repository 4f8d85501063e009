// The two meetings whose "Participants" tables the seed reports print, rebuilt through the API:
// registrations (online, with an invitation code, or walk-ins at the desk), then check-ins.
import { randomUUID } from 'node:crypto';
import { AGE_BANDS, type AccessibilityNeed, type Role } from '../../shared/enums';
import { meetingBody, type MeetingBody } from './factories/meeting';
import { registrationBody, type RegistrationBody } from './factories/registration';
import type { TestServer } from './harness';

export interface Place {
  provinceCode: RegistrationBody['provinceCode'];
  source: 'online' | 'invited' | 'walk-in';
  count: number;
}

export interface SeedMeeting {
  slug: string;
  overrides: Partial<MeetingBody>;
  /** People per age band, in AGE_BANDS order ("not available" last). */
  ageBands: number[];
  roles: Partial<Record<Role, number>>;
  genders: { female: number; male: number };
  places: Place[];
  needs: Array<{ accessibility: AccessibilityNeed[]; count: number }>;
}

/** Tangier, 28 October 2023: 68 participants. */
export const TANGIER: SeedMeeting = {
  slug: 'tanger-2023',
  overrides: {},
  ageBands: [7, 15, 11, 14, 7, 14],
  roles: { elected: 2, association: 42, public_sector: 4, academic: 5, citizen: 9, expert: 6 },
  genders: { female: 30, male: 38 },
  places: [
    { provinceCode: 'tanger-assilah', source: 'online', count: 40 },
    { provinceCode: 'tetouan', source: 'online', count: 14 },
    { provinceCode: 'al-hoceima', source: 'online', count: 4 },
    { provinceCode: 'larache', source: 'walk-in', count: 4 },
    { provinceCode: 'casablanca', source: 'invited', count: 2 },
    { provinceCode: 'rabat', source: 'walk-in', count: 2 },
    { provinceCode: 'fes', source: 'walk-in', count: 2 },
  ],
  needs: [
    { accessibility: ['wheelchair'], count: 3 },
    { accessibility: ['sign_language', 'companion'], count: 1 },
    { accessibility: ['braille'], count: 1 },
    { accessibility: ['large_print', 'wheelchair'], count: 1 },
  ],
};

/**
 * Tangier's programme as its report prints it (speakers shortened to their roles), with French
 * titles: what the printed report must fit on A4 after the tables.
 */
export const TANGIER_PROGRAMME = [
  {
    time: '09:00',
    title: {
      ar: 'استقبال وتسجيل المشاركات والمشاركين',
      fr: 'Accueil et inscription des participantes et participants',
    },
  },
  {
    time: '09:30',
    title: {
      ar: 'الجلسة الافتتاحية: كلمات افتتاحية وتأطيرية لجمعية الحمامة البيضاء، ومرصد حماية البيئة والمآثر التاريخية بطنجة، ومجلس جهة طنجة تطوان الحسيمة، وجماعة تطوان، ووزارة الانتقال الرقمي وإصلاح الإدارة',
      fr: "Séance d'ouverture : allocutions de l'association Al Hamama Al Baida, de l'Observatoire de protection de l'environnement et des monuments historiques de Tanger, du Conseil de la région Tanger-Tétouan-Al Hoceïma, de la commune de Tétouan et du ministère de la Transition numérique et de la Réforme de l'administration",
    },
  },
  {
    time: '10:00',
    title: {
      ar: 'الجلسة الثانية: عرض حول استراتيجية نسج 2022 - 2026؛ الانفتاح والمشاركة في الاستراتيجية الوطنية للمتغيرات المناخية؛ تجربة جهة طنجة تطوان الحسيمة وجماعة تطوان في مجال الانفتاح والنوع والدمج الاجتماعي؛ تعقيبات وتوزيع المشاركين إلى مجموعات موضوعاتية',
      fr: "Deuxième séance : la stratégie Nassij 2022-2026 ; l'ouverture et la participation dans la stratégie nationale sur les changements climatiques ; l'expérience de la région et de la commune de Tétouan en matière d'ouverture, de genre et d'inclusion ; échanges et répartition en groupes thématiques",
    },
  },
  { time: '11:30', title: { ar: 'استراحة شاي', fr: 'Pause thé' } },
  {
    time: '12:00',
    title: {
      ar: 'ورشات موازية موضوعاتية: البيئة القانونية لعمل الجمعيات والتشاور العمومي؛ المتغيرات المناخية؛ الجماعات المنفتحة والدامجة',
      fr: 'Ateliers thématiques parallèles : cadre juridique des associations et consultation publique ; changements climatiques ; communes ouvertes et inclusives',
    },
  },
  {
    time: '14:00',
    title: {
      ar: 'الجلسة الختامية: تقاسم مخرجات الورشات الموضوعاتية، الخطوات القادمة، كلمات ختامية',
      fr: 'Séance de clôture : restitution des ateliers, prochaines étapes, mots de clôture',
    },
  },
  { time: '14:30', title: { ar: 'استراحة غداء', fr: 'Déjeuner' } },
];

/** Casablanca, 14 October 2023: 60 participants (no expert among them). */
export const CASABLANCA: SeedMeeting = {
  slug: 'casablanca-2023',
  overrides: {
    startsAt: '2026-12-19T09:00',
    endsAt: '2026-12-19T15:30',
    venue: { name: 'Hôtel', provinceCode: 'casablanca', lat: 33.5731, lng: -7.5898 },
    eligibleRegions: ['06'],
  },
  ageBands: [11, 16, 12, 14, 3, 4],
  roles: { elected: 6, association: 33, public_sector: 6, academic: 11, citizen: 4 },
  genders: { female: 36, male: 24 },
  places: [
    { provinceCode: 'casablanca', source: 'online', count: 30 },
    { provinceCode: 'mohammedia', source: 'online', count: 10 },
    { provinceCode: 'settat', source: 'online', count: 8 },
    { provinceCode: 'el-jadida', source: 'walk-in', count: 6 },
    { provinceCode: 'tanger-assilah', source: 'invited', count: 3 },
    { provinceCode: 'oujda-angad', source: 'walk-in', count: 3 },
  ],
  needs: [{ accessibility: ['other'], count: 2 }],
};

const spread = <T>(counts: Array<[T, number]>): T[] =>
  counts.flatMap(([value, n]) => Array<T>(n).fill(value));

/** One registration body per person of the seed, attributes dealt out from its tables. */
export function seedPeople(seed: SeedMeeting) {
  const ages = spread(AGE_BANDS.map((band, i) => [band, seed.ageBands[i] ?? 0]));
  const roles = spread(Object.entries(seed.roles) as Array<[Role, number]>);
  const genders = spread<'female' | 'male'>([
    ['female', seed.genders.female],
    ['male', seed.genders.male],
  ]);
  const places = spread(seed.places.map((p) => [p, p.count]));
  const needs = spread(seed.needs.map((n) => [n.accessibility, n.count]));
  return ages.map((ageBand, i) =>
    registrationBody({
      fullName: `مشارك ${seed.slug} ${i + 1}`,
      gender: genders[i],
      ageBand,
      role: roles[i],
      provinceCode: places[i]?.provinceCode,
      source: places[i]?.source,
      accessibility: needs[i] ?? [],
    }),
  );
}

export type SeedPerson = ReturnType<typeof seedPeople>[number];

/** Registers people at once (staff post walk-ins; invited people bring a code); their ids. */
export async function registerPeople(
  s: TestServer,
  slug: string,
  people: Array<Record<string, unknown>>,
): Promise<string[]> {
  const organizer = await s.tokenFor('organizer');
  const desk = await s.tokenFor('checkin');
  await s.joinTeam(slug, 'checkin');
  const invited = people.filter((p) => p.source === 'invited').length;
  const codes = invited
    ? (
        await s.json<Array<{ code: string }>>('POST', `/api/meetings/${slug}/invitations`, {
          token: organizer,
          body: { count: invited, label: 'Conseil régional' },
        })
      ).body
    : [];
  return Promise.all(
    people.map(async ({ source, ...person }) => {
      const walkIn = source === 'walk-in';
      const body = {
        ...person,
        ...(walkIn ? { source } : {}),
        ...(source === 'invited' ? { invitationCode: codes.pop()?.code } : {}),
      };
      const res = await s.json<{ id: string }>('POST', `/api/meetings/${slug}/registrations`, {
        body,
        token: walkIn ? desk : undefined,
      });
      if (res.status !== 201) throw new Error(`registration refused: ${JSON.stringify(res.body)}`);
      return res.body.id;
    }),
  );
}

/** Checks people in at the desk, as one batch of events. */
export async function checkIn(
  s: TestServer,
  slug: string,
  people: Array<{ id: string; source?: string }>,
): Promise<void> {
  const desk = await s.tokenFor('checkin');
  await s.joinTeam(slug, 'checkin');
  const events = people.map((p) => ({
    id: randomUUID(),
    registrationId: p.id,
    at: '2026-12-12T09:10:00+00:00',
    method: p.source === 'walk-in' ? 'walk-in' : 'search',
  }));
  const res = await s.json<{ results: Array<{ outcome: string }> }>(
    'POST',
    `/api/meetings/${slug}/checkins`,
    { token: desk, body: { deviceId: 'desk-1', events } },
  );
  const outcomes = new Set(res.body.results?.map((r) => r.outcome));
  if (res.status !== 200 || outcomes.size !== 1 || !outcomes.has('checked-in'))
    throw new Error(`check-in failed: ${JSON.stringify(res.body)}`);
}

/** Creates the seed meeting, registers its participants and checks every one of them in. */
export async function buildSeedMeeting(s: TestServer, seed: SeedMeeting): Promise<SeedPerson[]> {
  const organizer = await s.tokenFor('organizer');
  const created = await s.json('POST', '/api/meetings', {
    token: organizer,
    body: meetingBody({ slug: seed.slug, capacity: 90, ...seed.overrides }),
  });
  if (created.status !== 201)
    throw new Error(`meeting not created: ${JSON.stringify(created.body)}`);
  const people = seedPeople(seed);
  await registerPeople(s, seed.slug, people);
  await checkIn(s, seed.slug, people);
  return people;
}
