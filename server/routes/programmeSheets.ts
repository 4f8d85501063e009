// A programme as files: its proposals as open data (one flat table, the API's field names as
// headings so tools read it, the licence and date of extraction on every row), and the
// evidence pack an OGP self-assessment or the IRM asks for — timeline, participation per
// meeting and overall, every proposal with its fate — as worksheets of one workbook, in the
// asker's language.
import { PROGRAMME_HEADINGS as H, PROPOSAL_STATUS_LABELS } from '../../shared/programmes/labels';
import type {
  MeetingCounts,
  ProposalsOpenData,
  PublicProgrammeReport,
} from '../../shared/api/programmes';
import type { Locale } from '../../shared/enums';
import { TABLE_HEADINGS, cellLabel, labelIn, type Bilingual } from '../../shared/reports/labels';
import { PROPOSAL_STATUSES } from '../../shared/schemas/feedback';
import { orderedKeys, type ParticipantReport, type TableName } from '../../shared/reports/types';
import type { Text } from '../../shared/schemas/common';
import { provinceByCode, REGIONS } from '../../shared/geo';
import type { DashboardMeeting, DashboardProposal } from '../../shared/api/programmes';
import type { EvidencePack } from '../domain/programmes/evidence';
import { MOROCCO_TZ } from '../../shared/time/zone';
import { textIn } from '../exports/labels';
import { wallTimeText } from '../exports/localTime';
import type { Sheet, SheetCell } from '../http/exportSheets';
import { reportSheets } from './reportSheets';

const regionName = new Map(REGIONS.map((r) => [r.code as string, r.name]));
const TOTAL: Bilingual = { ar: 'المجموع', fr: 'Total', en: 'Total' };
const WHOLE_PROGRAMME: Bilingual = {
  ar: 'البرنامج كله',
  fr: 'Tout le programme',
  en: 'The whole programme',
};

/** The words of one file: labels and texts given in several languages, in the asker's. */
function wordsIn(locale: Locale) {
  return {
    l: (text: Bilingual) => labelIn(text, locale),
    title: (text: Text) => textIn(text, locale),
  };
}

export const OPEN_DATA_COLUMNS = [
  'id',
  'meetingSlug',
  'workshopId',
  'text',
  'status',
  'explanation',
  'institution',
  'licence',
  'extractedAt',
] as const;

/** The open-data table: one row per proposal. */
export function proposalsOpenDataSheet(data: ProposalsOpenData): Sheet {
  return {
    name: 'proposals',
    heading: [...OPEN_DATA_COLUMNS],
    rows: data.proposals.map((p) => [
      p.id,
      p.meetingSlug,
      p.workshopId,
      p.text,
      p.status,
      p.explanation ?? null,
      p.institution ?? null,
      data.licence.url,
      data.extractedAt,
    ]),
  };
}

function timelineSheet(meetings: DashboardMeeting[], locale: Locale): Sheet {
  const { l, title } = wordsIn(locale);
  const statuses = PROPOSAL_STATUSES.map((s) => `${l(H.text)}: ${l(PROPOSAL_STATUS_LABELS[s])}`);
  return {
    name: l(H.timeline),
    heading: [
      H.meeting,
      H.slug,
      H.starts,
      H.ends,
      H.venue,
      H.province,
      H.region,
      H.registered,
      H.accepted,
      H.attended,
      H.feedback,
    ]
      .map(l)
      .concat(statuses),
    // The meetings' wall times, as dates a spreadsheet sorts; counts are numbers by default.
    kinds: ['text', 'text', 'datetime', 'datetime'],
    rows: meetings.map((m) => {
      const province = provinceByCode(m.venue.provinceCode);
      const region = province ? regionName.get(province.regionCode) : undefined;
      const c: MeetingCounts = m.counts;
      return [
        title(m.title),
        m.slug,
        m.startsAt,
        m.endsAt,
        m.venue.name,
        province ? l(province.name) : m.venue.provinceCode,
        region ? l(region) : null,
        c.registered,
        c.accepted,
        c.attended,
        c.feedback,
        ...PROPOSAL_STATUSES.map((s) => c.proposals[s]),
      ];
    }),
  };
}

/** One table across meetings: a row per meeting, a column per category. */
function byMeetingSheet(
  table: TableName,
  meetings: DashboardMeeting[],
  reports: Map<string, PublicProgrammeReport>,
  overall: PublicProgrammeReport,
  locale: Locale,
): Sheet {
  const { l, title } = wordsIn(locale);
  const keys = orderedKeys(table, overall[table] as Record<string, unknown>);
  const row = (label: string, report: PublicProgrammeReport): SheetCell[] => {
    const cells = report[table] as Record<string, number | null>;
    return [
      label,
      ...keys.map((k) => cells[k] ?? (k in cells ? `<${report.minCell}` : 0)),
      report.total,
    ];
  };
  return {
    name: `${l(TABLE_HEADINGS[table])} ${l(H.byMeeting)}`,
    heading: [l(H.meeting), ...keys.map((k) => l(cellLabel(table, k))), l(TOTAL)],
    rows: [
      ...meetings.flatMap((m) => {
        const report = reports.get(m.slug);
        return report ? [row(title(m.title), report)] : [];
      }),
      row(l(WHOLE_PROGRAMME), overall),
    ],
  };
}

function proposalsSheet(
  proposals: DashboardProposal[],
  titles: Map<string, Text>,
  locale: Locale,
): Sheet {
  const { l, title } = wordsIn(locale);
  return {
    name: l(H.proposals),
    heading: [H.meeting, H.workshop, H.text, H.fate, H.explanation, H.institution, H.slug].map(l),
    rows: proposals
      .filter((p) => !p.hidden && p.mergedInto === null)
      .map((p) => [
        title(titles.get(p.meetingSlug) ?? { ar: p.meetingSlug }),
        p.workshopId,
        p.text,
        l(PROPOSAL_STATUS_LABELS[p.status]),
        p.explanation ?? null,
        p.institution ?? null,
        p.id,
      ]),
  };
}

const PACK_TABLES = ['byAgeBand', 'byRole', 'byGender', 'byRegion'] as const;

export function evidencePackSheets(pack: EvidencePack, locale: Locale): Sheet[] {
  const { l, title } = wordsIn(locale);
  const summary: Sheet = {
    name: l(H.programme),
    heading: [l(H.programme), title(pack.title)],
    rows: [
      [l(H.extractedAt), wallTimeText(pack.extractedAt, MOROCCO_TZ)],
      [l(H.licence), pack.licence],
      [l(H.smallCells), `<${pack.overall.minCell}`],
    ],
  };
  const titles = new Map(pack.meetings.map((m) => [m.slug, m.title]));
  const meetingTotals = pack.meetings.map((m) => ({
    slug: m.slug,
    title: m.title,
    startsAt: m.startsAt,
    total: pack.overall.byMeeting[m.slug] ?? 0,
  }));
  return [
    summary,
    timelineSheet(pack.meetings, locale),
    ...reportSheets(pack.overall, locale, { meetings: meetingTotals }),
    ...PACK_TABLES.map((t) =>
      byMeetingSheet(t, pack.meetings, pack.perMeeting, pack.overall, locale),
    ),
    proposalsSheet(pack.proposals, titles, locale),
  ];
}

/** The programme's summed report as files, in the report's own shape, meetings listed. */
export function programmeReportSheets(
  report: ParticipantReport<number | null> & {
    minCell?: number;
    byMeeting: Record<string, number>;
  },
  meetings: Array<{ slug: string; title: Text; startsAt: string }>,
  locale: Locale,
): Sheet[] {
  return reportSheets(report, locale, {
    meetings: meetings.map((m) => ({ ...m, total: report.byMeeting[m.slug] ?? 0 })),
  });
}
