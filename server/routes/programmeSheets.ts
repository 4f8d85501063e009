// A programme as files: its proposals as open data (one flat table, the API's field names as
// headings so tools read it, the licence and date of extraction on every row), and the
// evidence pack an OGP self-assessment or the IRM asks for — timeline, participation per
// meeting and overall, every proposal with its fate — as worksheets of one workbook.
import { PROGRAMME_HEADINGS as H, PROPOSAL_STATUS_LABELS } from '../../shared/programmes/labels';
import type {
  MeetingCounts,
  ProposalsOpenData,
  PublicProgrammeReport,
} from '../../shared/programmes/types';
import { TABLE_HEADINGS, cellLabel, sideBySide } from '../../shared/reports/labels';
import { PROPOSAL_STATUSES } from '../../shared/schemas/feedback';
import { orderedKeys, type ParticipantReport, type TableName } from '../../shared/reports/types';
import type { Text } from '../../shared/schemas/common';
import { provinceByCode, REGIONS } from '../../shared/geo';
import type { DashboardMeeting, DashboardProposal } from '../domain/programmes/dashboard';
import type { EvidencePack } from '../domain/programmes/evidence';
import type { Sheet, SheetCell } from '../http/exportSheets';
import { reportSheets } from './reportSheets';

const bilingualTitle = (title: Text) => (title.fr ? `${title.ar} / ${title.fr}` : title.ar);
const regionName = new Map(REGIONS.map((r) => [r.code as string, r.name]));

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

function timelineSheet(meetings: DashboardMeeting[]): Sheet {
  const statuses = PROPOSAL_STATUSES.map(
    (s) => `${sideBySide(H.text)}: ${sideBySide(PROPOSAL_STATUS_LABELS[s])}`,
  );
  return {
    name: H.timeline.ar,
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
      .map(sideBySide)
      .concat(statuses),
    rows: meetings.map((m) => {
      const province = provinceByCode(m.venue.provinceCode);
      const region = province ? regionName.get(province.regionCode) : undefined;
      const c: MeetingCounts = m.counts;
      return [
        bilingualTitle(m.title),
        m.slug,
        m.startsAt,
        m.endsAt,
        m.venue.name,
        province ? sideBySide(province.name) : m.venue.provinceCode,
        region ? sideBySide(region) : null,
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
): Sheet {
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
    name: `${TABLE_HEADINGS[table].ar} ${H.byMeeting.ar}`,
    heading: [
      sideBySide(H.meeting),
      ...keys.map((k) => sideBySide(cellLabel(table, k))),
      sideBySide({ ar: 'المجموع', fr: 'Total' }),
    ],
    rows: [
      ...meetings.flatMap((m) => {
        const report = reports.get(m.slug);
        return report ? [row(bilingualTitle(m.title), report)] : [];
      }),
      row(sideBySide({ ar: 'البرنامج كله', fr: 'Tout le programme' }), overall),
    ],
  };
}

function proposalsSheet(proposals: DashboardProposal[], titles: Map<string, Text>): Sheet {
  return {
    name: H.proposals.ar,
    heading: [H.meeting, H.workshop, H.text, H.fate, H.explanation, H.institution, H.slug].map(
      sideBySide,
    ),
    rows: proposals
      .filter((p) => !p.hidden && p.mergedInto === null)
      .map((p) => [
        bilingualTitle(titles.get(p.meetingSlug) ?? { ar: p.meetingSlug }),
        p.workshopId,
        p.text,
        sideBySide(PROPOSAL_STATUS_LABELS[p.status]),
        p.explanation ?? null,
        p.institution ?? null,
        p.id,
      ]),
  };
}

const PACK_TABLES = ['byAgeBand', 'byRole', 'byGender', 'byRegion'] as const;

export function evidencePackSheets(pack: EvidencePack): Sheet[] {
  const summary: Sheet = {
    name: H.programme.ar,
    heading: [sideBySide(H.programme), bilingualTitle(pack.title)],
    rows: [
      [sideBySide(H.extractedAt), pack.extractedAt],
      [sideBySide(H.licence), pack.licence],
      [sideBySide(H.smallCells), `<${pack.overall.minCell}`],
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
    timelineSheet(pack.meetings),
    ...reportSheets(pack.overall, { meetings: meetingTotals }),
    ...PACK_TABLES.map((t) => byMeetingSheet(t, pack.meetings, pack.perMeeting, pack.overall)),
    proposalsSheet(pack.proposals, titles),
  ];
}

/** The programme's summed report as files, in the report's own shape, meetings listed. */
export function programmeReportSheets(
  report: ParticipantReport<number | null> & {
    minCell?: number;
    byMeeting: Record<string, number>;
  },
  meetings: Array<{ slug: string; title: Text; startsAt: string }>,
): Sheet[] {
  return reportSheets(report, {
    meetings: meetings.map((m) => ({ ...m, total: report.byMeeting[m.slug] ?? 0 })),
  });
}
