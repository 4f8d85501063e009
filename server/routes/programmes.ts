// Programmes, mounted under /api/programmes:
//   GET    /                      public: every programme with its published meetings
//   POST   /                      admin { slug, title, description? } → 201
//   GET    /:slug                 public: { slug, title, description, meetings }
//   PATCH  /:slug                 admin { title?, description? } (the slug is fixed)
//   GET    /:slug/report          public: the meeting report's tables summed over its published
//                                 meetings, + byMeeting; cells of 1–2 people null;
//                                 ?basis=attended|accepted|registered &format=csv|xlsx|json
//   GET    /:slug/proposals       public: every public proposal; ?format=csv|json as open data
//   GET    /:slug/dashboard       organizer: meetings (drafts too) with counts, every proposal
//   GET    /:slug/dashboard/report  organizer: the summed report, in full when every meeting is
//                                 theirs (else small cells hidden); ?format=csv|xlsx
//   GET    /:slug/evidence        organizer: the evidence pack, one XLSX workbook
import type {
  ProgrammeDashboard,
  ProgrammeProposal,
  ProgrammeReport,
  ProgrammeView,
  ProposalsOpenData,
  PublicProgrammeReport,
} from '../../shared/api/programmes';
import { Hono, type Context } from 'hono';
import type * as v from 'valibot';
import {
  ProgrammeReportQuerySchema,
  ProposalsQuerySchema,
  StaffProgrammeReportQuerySchema,
} from '../../shared/programmes/query';
import { ProgrammeInputSchema, ProgrammePatchSchema } from '../../shared/schemas/programme';
import { validate } from '../../shared/schemas/validate';
import { requireRole } from '../auth/middleware';
import { programmeMeetingRows } from '../db/repositories/programmes';
import type { Deps } from '../deps';
import { DomainError } from '../core/domainError';
import { programmeDashboard } from '../domain/programmes/dashboard';
import { evidencePack } from '../domain/programmes/evidence';
import {
  createProgramme,
  getProgramme,
  listProgrammes,
  programmeOrNotFound,
  updateProgramme,
} from '../domain/programmes/programmes';
import { programmeProposals, proposalsOpenData } from '../domain/programmes/proposals';
import {
  programmeReport,
  publicProgrammeReport,
  staffProgrammeReport,
} from '../domain/programmes/report';
import { meetingsSeenBy } from '../domain/programmes/meetingAccess';
import { programmeMeetingView } from '../domain/programmes/view';
import { parseBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { exportContextOf } from '../exports/respond';
import { exportSheets } from '../http/exportSheets';
import { MOROCCO_TZ } from '../../shared/time/zone';
import { requestLocale } from '../http/locale';
import {
  evidencePackSheets,
  programmeReportSheets,
  proposalsOpenDataSheet,
} from './programmeSheets';

function queryOf<S extends v.GenericSchema>(c: Context<AppEnv>, schema: S): v.InferOutput<S> {
  const result = validate(schema, c.req.query(), requestLocale(c));
  if (!result.ok) throw new DomainError('validation', { errors: result.errors });
  return result.value;
}

function staffOf(c: Context<AppEnv>) {
  const staff = c.get('staff');
  if (!staff) throw new DomainError('unauthorized');
  return staff;
}

/** `?format=json`: the public report or the proposals' open data, as a file to download. */
function jsonFile(
  c: Context<AppEnv>,
  filename: string,
  body: PublicProgrammeReport | ProposalsOpenData,
) {
  c.header('content-disposition', `attachment; filename="${filename}.json"`);
  return c.json<PublicProgrammeReport | ProposalsOpenData>(body);
}

export function programmeRoutes(deps: Deps) {
  /** The programme and its meetings: published only for the public, all for organizers. */
  const load = async (c: Context<AppEnv>, includeDrafts: boolean) => {
    const programme = await programmeOrNotFound(deps, c.req.param('slug') ?? '');
    const rows = await programmeMeetingRows(deps.db.kysely, [programme.id], includeDrafts);
    const meetings = includeDrafts ? await meetingsSeenBy(deps, staffOf(c), rows) : rows;
    return { programme, meetings };
  };
  const day = () => deps.now().toISOString().slice(0, 10);

  return new Hono<AppEnv>()
    .get('/', async (c) => c.json<ProgrammeView[]>(await listProgrammes(deps)))
    .post('/', requireRole('admin'), async (c) => {
      const input = await parseBody(c, ProgrammeInputSchema);
      return c.json<ProgrammeView>(
        await createProgramme(deps, input, staffOf(c), requestLocale(c)),
        201,
      );
    })
    .get('/:slug', async (c) =>
      c.json<ProgrammeView>(await getProgramme(deps, c.req.param('slug'))),
    )
    .patch('/:slug', requireRole('admin'), async (c) => {
      const patch = await parseBody(c, ProgrammePatchSchema);
      return c.json<ProgrammeView>(
        await updateProgramme(deps, c.req.param('slug'), patch, staffOf(c)),
      );
    })
    .get('/:slug/report', async (c) => {
      const { programme, meetings } = await load(c, false);
      const query = queryOf(c, ProgrammeReportQuerySchema);
      const report = publicProgrammeReport(await programmeReport(deps, meetings, query.basis));
      const name = `programme-${programme.slug}-${query.basis}`;
      if (query.format === 'json') return jsonFile(c, name, report);
      if (query.format) {
        const now = deps.now();
        const views = meetings.map((m) => programmeMeetingView(m, now));
        const ctx = exportContextOf(c, MOROCCO_TZ);
        return exportSheets(
          c,
          deps.config,
          query.format,
          name,
          programmeReportSheets(report, views, ctx.locale),
          ctx,
        );
      }
      return c.json<PublicProgrammeReport>(report);
    })
    .get('/:slug/proposals', async (c) => {
      const { programme, meetings } = await load(c, false);
      const query = queryOf(c, ProposalsQuerySchema);
      const proposals = await programmeProposals(deps, meetings);
      if (!query.format) return c.json<ProgrammeProposal[]>(proposals);
      const data = proposalsOpenData(deps, programme, proposals);
      const name = `proposals-${programme.slug}-${day()}`;
      c.header('link', `<${data.licence.url}>; rel="license"`);
      if (query.format === 'json') return jsonFile(c, name, data);
      return exportSheets(
        c,
        deps.config,
        'csv',
        name,
        [proposalsOpenDataSheet(data)],
        exportContextOf(c, MOROCCO_TZ),
      );
    })
    .get('/:slug/dashboard', requireRole('organizer'), async (c) => {
      const { programme, meetings } = await load(c, true);
      c.header('cache-control', 'no-store');
      return c.json<ProgrammeDashboard>(
        await programmeDashboard(deps, programme, meetings, staffOf(c)),
      );
    })
    .get('/:slug/dashboard/report', requireRole('organizer'), async (c) => {
      const { programme, meetings } = await load(c, true);
      const query = queryOf(c, StaffProgrammeReportQuerySchema);
      const report = await staffProgrammeReport(deps, meetings, staffOf(c), query.basis);
      c.header('cache-control', 'no-store');
      if (!query.format) return c.json<ProgrammeReport | PublicProgrammeReport>(report);
      const now = deps.now();
      const views = meetings.map((m) => programmeMeetingView(m, now));
      const ctx = exportContextOf(c, MOROCCO_TZ);
      return exportSheets(
        c,
        deps.config,
        query.format,
        `programme-${programme.slug}-${query.basis}`,
        programmeReportSheets(report, views, ctx.locale),
        ctx,
      );
    })
    .get('/:slug/evidence', requireRole('organizer'), async (c) => {
      const { programme, meetings } = await load(c, true);
      const query = queryOf(c, StaffProgrammeReportQuerySchema);
      const pack = await evidencePack(deps, programme, meetings, staffOf(c), query.basis);
      c.header('cache-control', 'no-store');
      const ctx = exportContextOf(c, MOROCCO_TZ);
      return exportSheets(
        c,
        deps.config,
        'xlsx',
        `evidence-${programme.slug}-${day()}`,
        evidencePackSheets(pack, ctx.locale),
        ctx,
      );
    });
}
