// Travel and lodging support: the participant's request on their registration, and the
// organizers' ranked lists, exports, counts and decisions under a meeting.
import type {
  SupportDecisionsAnswer,
  SupportListItem,
  SupportOverview,
  SupportRequestView,
  SupportSummary,
} from '../../shared/api/support';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { validationMessage } from '../../shared/i18n/validationMessages';
import {
  SUPPORT_LISTS,
  SupportDecisionsSchema,
  SupportRequestSchema,
  type SupportList,
} from '../../shared/schemas/support';
import { bearerToken } from '../auth/middleware';
import type { Deps } from '../deps';
import { DomainError } from '../core/domainError';
import { registrationFor } from '../domain/registration/access';
import { decideSupport } from '../domain/support/decisions';
import { supportLists } from '../domain/support/lists';
import { requestSupport, supportOf } from '../domain/support/request';
import { parseBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { meetingAccess, meetingOf, staffOf } from '../http/meetingAccess';
import { anySheet, exportContextOf, exportResponse, isExportFormat } from '../exports/respond';
import { supportColumns, type SupportExportRow } from '../exports/support';
import { requestLocale } from '../http/locale';
import { publicRateLimit } from '../http/rateLimit';

/** Mounted under /api/registrations: the participant (private link token) or an organizer. */
export function registrationSupportRoutes(deps: Deps) {
  const load = (c: Context<AppEnv>) =>
    registrationFor(
      deps,
      c.req.param('id') ?? '',
      bearerToken(c.req.header('authorization')),
      c.get('staff'),
    );
  return new Hono<AppEnv>()
    .get('/:id/support', async (c) =>
      c.json<SupportRequestView | null>(await supportOf(deps, await load(c), requestLocale(c))),
    )
    .post('/:id/support', publicRateLimit(deps, 'support'), async (c) => {
      const registration = await load(c);
      const input = await parseBody(c, SupportRequestSchema);
      return c.json<SupportRequestView>(
        await requestSupport(deps, registration, input, requestLocale(c)),
        201,
      );
    });
}

function listParam(c: Context<AppEnv>): SupportList | undefined {
  const list = c.req.query('list');
  if (list === undefined || list === '') return undefined;
  if ((SUPPORT_LISTS as readonly string[]).includes(list)) return list as SupportList;
  throw new DomainError('validation', {
    errors: [{ path: 'list', message: validationMessage('choice', requestLocale(c)) }],
  });
}

/** Mounted under /api/meetings/:slug (organizers). */
export function meetingSupportRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/support', meetingAccess(deps, 'organizer'), async (c) => {
      const meeting = meetingOf(c);
      const list = listParam(c);
      const format = c.req.query('format');
      const lists = await supportLists(deps, meeting, requestLocale(c));
      if (isExportFormat(format)) {
        const rows: SupportExportRow[] = (list ? [list] : SUPPORT_LISTS).flatMap((l) =>
          lists[l].map((item) => ({ ...item, list: l })),
        );
        const name = `support-${list ?? 'all'}-${meeting.slug}`;
        const ctx = exportContextOf(c, meeting.timezone);
        return exportResponse(
          c,
          deps.config,
          format,
          name,
          [anySheet({ name, columns: supportColumns(ctx), rows })],
          ctx,
        );
      }
      if (list) return c.json<SupportListItem[]>(lists[list]);
      return c.json<SupportOverview>(lists);
    })
    .get('/support/summary', meetingAccess(deps, 'organizer'), async (c) => {
      const meeting = meetingOf(c);
      return c.json<SupportSummary>((await supportLists(deps, meeting, requestLocale(c))).summary);
    })
    .post('/support/decisions', meetingAccess(deps, 'organizer'), async (c) => {
      const meeting = meetingOf(c);
      const input = await parseBody(c, SupportDecisionsSchema);
      const result = await decideSupport(deps, meeting, input, staffOf(c).id, requestLocale(c));
      const { summary } = await supportLists(deps, meeting, requestLocale(c));
      return c.json<SupportDecisionsAnswer>({ ...result, summary });
    });
}
