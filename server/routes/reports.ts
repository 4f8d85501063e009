// Participant reports (organizer):
//   GET /api/meetings/:slug/report   one meeting
//   GET /api/reports?from=&to=       the meetings starting within those Morocco days, summed
// Both take `basis=attended|accepted|registered` (default attended: checked in),
// `format=csv|xlsx` (the same tables as sections or worksheets) and `minCell=k` (2–100): cells
// of fewer than k people are hidden, as "<k" in files and null with `suppressed` flags in JSON,
// for reports that leave the organizers.
import { Hono, type Context } from 'hono';
import type * as v from 'valibot';
import { ProgrammeQuerySchema, ReportQuerySchema } from '../../shared/reports/query';
import type { ParticipantReport, ReportAnswer } from '../../shared/api/reports';
import { validate } from '../../shared/schemas/validate';
import { MOROCCO_TZ, instantWithOffset } from '../../shared/time/zone';
import { requireRole } from '../auth/middleware';
import type { Deps } from '../deps';
import { DomainError } from '../core/domainError';
import { meetingInputOf } from '../domain/meetingView';
import { meetingReport } from '../domain/reports/meetingReport';
import { suppressSmallCells } from '../domain/reports/privacy';
import { programmeReport } from '../domain/reports/programmeReport';
import type { AppEnv } from '../http/env';
import { meetingAccess, meetingOf } from '../http/meetingAccess';
import { exportContextOf } from '../exports/respond';
import { exportSheets } from '../http/exportSheets';
import { requestLocale } from '../http/locale';
import { reportSheets, type SheetContext } from './reportSheets';

function queryOf<S extends v.GenericSchema>(c: Context<AppEnv>, schema: S): v.InferOutput<S> {
  const result = validate(schema, c.req.query(), requestLocale(c));
  if (!result.ok) throw new DomainError('validation', { errors: result.errors });
  return result.value;
}

async function answer<R extends ParticipantReport>(
  c: Context<AppEnv>,
  deps: Deps,
  report: R,
  query: { format?: 'csv' | 'xlsx'; minCell?: number },
  filename: string,
  context: SheetContext & { timezone: string },
) {
  c.header('cache-control', 'no-store');
  // The report's own fields (a range's meetings) stay beside the hidden cells.
  const shown: ReportAnswer<R> = query.minCell
    ? (suppressSmallCells(report, query.minCell) as ReportAnswer<R>)
    : report;
  if (query.format) {
    const ctx = exportContextOf(c, context.timezone);
    return exportSheets(
      c,
      deps.config,
      query.format,
      filename,
      reportSheets(shown, ctx.locale, context),
      ctx,
    );
  }
  return c.json<ReportAnswer<R>>(shown);
}

/** Mounted under /api/meetings/:slug. */
export function meetingReportRoutes(deps: Deps) {
  return new Hono<AppEnv>().get('/report', meetingAccess(deps, 'organizer'), async (c) => {
    const meeting = meetingOf(c);
    const query = queryOf(c, ReportQuerySchema);
    const report = await meetingReport(deps, meeting, query.basis);
    const context = {
      meeting: {
        title: meetingInputOf(meeting).title,
        startsAt: instantWithOffset(new Date(meeting.starts_at), meeting.timezone),
      },
      timezone: meeting.timezone,
    };
    return answer(c, deps, report, query, `report-${meeting.slug}-${query.basis}`, context);
  });
}

/** Mounted under /api/reports. */
export function reportRoutes(deps: Deps) {
  return new Hono<AppEnv>().get('/', requireRole('organizer'), async (c) => {
    const query = queryOf(c, ProgrammeQuerySchema);
    const report = await programmeReport(deps, { from: query.from, to: query.to }, query.basis);
    const name = ['report', query.from, query.to, query.basis].filter(Boolean).join('-');
    return answer(c, deps, report, query, name, {
      meetings: report.meetings,
      timezone: MOROCCO_TZ,
    });
  });
}
