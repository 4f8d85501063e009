// What the API answers about participants: one meeting's report, and the sums over the
// meetings of a date range (`GET /api/reports`). The tables are defined with the rules that
// fill them (shared/reports/types.ts) and read from here.
import type {
  ParticipantReport,
  ProgrammeReport as DateRangeReport,
  SuppressedReport,
} from '../reports/types';

export type { ReportBasis, ReportTables, TableName } from '../reports/types';
export type { DateRangeReport, ParticipantReport, SuppressedReport };
export type { ProgrammeQuery as DateRangeReportQuery, ReportQuery } from '../reports/query';

/** A report in full, or with `?minCell=` its small cells hidden (its other fields kept). */
export type ReportAnswer<R extends ParticipantReport> =
  R | (SuppressedReport & Omit<R, keyof ParticipantReport>);

/** `GET /api/meetings/:slug/report`. */
export type MeetingReport = ReportAnswer<ParticipantReport>;

/** `GET /api/reports?from=&to=`: the meetings starting in those days, summed. */
export type DateRangeReportAnswer = ReportAnswer<DateRangeReport>;
