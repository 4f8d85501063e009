// Registrations: public sign-up under a meeting, organizer list/exports/decisions, invitations,
// and the participant's private link (/api/registrations/:id).
import { Hono } from 'hono';
import type { Context } from 'hono';
import {
  RegistrationInputSchema,
  RegistrationPatchSchema,
} from '../../shared/schemas/registration';
import { DecisionsSchema, InvitationRequestSchema } from '../../shared/schemas/organizer';
import { bearerToken, requireRole } from '../auth/middleware';
import type { Config } from '../config';
import { findMeetingBySlug } from '../db/repositories/meetings';
import { listRegistrationRows } from '../db/repositories/registrations';
import type { Deps } from '../deps';
import { DomainError } from '../domain/errors';
import { createInvitations, invitationsOf } from '../domain/invitations';
import { registrationFor } from '../domain/registration/access';
import { decide } from '../domain/registration/decisions';
import { register } from '../domain/registration/register';
import {
  cancelRegistration,
  editRegistration,
  registrationView,
} from '../domain/registration/selfService';
import { toRegistrationView } from '../domain/registration/view';
import { parseBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { exportTable, isExportFormat } from '../http/exports';
import { requestLocale } from '../http/locale';
import { publicRateLimit } from '../http/rateLimit';
import { REGISTRATION_COLUMNS } from './registrationColumns';

async function meetingOr404(deps: Deps, c: Context<AppEnv>) {
  const meeting = await findMeetingBySlug(deps.db.kysely, c.req.param('slug') ?? '');
  if (!meeting) throw new DomainError('not-found');
  return meeting;
}

function staffId(c: Context<AppEnv>): string {
  const staff = c.get('staff');
  if (!staff) throw new DomainError('unauthorized');
  return staff.id;
}

/** Mounted under /api/meetings/:slug. */
export function meetingRegistrationRoutes(deps: Deps, config: Config) {
  return new Hono<AppEnv>()
    .post('/registrations', publicRateLimit(config), async (c) => {
      const input = await parseBody(c, RegistrationInputSchema);
      const result = await register(
        deps,
        c.req.param('slug') ?? '',
        input,
        c.get('staff'),
        requestLocale(c),
      );
      return c.json(result, 201);
    })
    .get('/registrations', requireRole('organizer'), async (c) => {
      const meeting = await meetingOr404(deps, c);
      const { status, source, workshop, q, format } = c.req.query();
      const rows = await listRegistrationRows(deps.db.kysely, meeting.id, {
        status,
        source,
        workshopId: workshop,
        q: q || undefined,
      });
      const views = rows.map(toRegistrationView);
      if (isExportFormat(format))
        return exportTable(format, `registrations-${meeting.slug}`, REGISTRATION_COLUMNS, views);
      return c.json(views);
    })
    .post('/registrations/decisions', requireRole('organizer'), async (c) => {
      const meeting = await meetingOr404(deps, c);
      const { decisions } = await parseBody(c, DecisionsSchema);
      const changed = await decide(deps, meeting, decisions, staffId(c), requestLocale(c));
      return c.json({ changed });
    })
    .post('/invitations', requireRole('organizer'), async (c) => {
      const meeting = await meetingOr404(deps, c);
      const { count, label } = await parseBody(c, InvitationRequestSchema);
      return c.json(await createInvitations(deps, meeting, count, label, staffId(c)), 201);
    })
    .get('/invitations', requireRole('organizer'), async (c) => {
      const meeting = await meetingOr404(deps, c);
      return c.json(await invitationsOf(deps, meeting));
    });
}

/** Mounted under /api/registrations: the participant's private link, or an organizer. */
export function registrationRoutes(deps: Deps) {
  const load = (c: Context<AppEnv>) =>
    registrationFor(
      deps,
      c.req.param('id') ?? '',
      bearerToken(c.req.header('authorization')),
      c.get('staff'),
    );
  return new Hono<AppEnv>()
    .get('/:id', async (c) => c.json(await registrationView(deps, await load(c))))
    .patch('/:id', async (c) => {
      const row = await load(c);
      const patch = await parseBody(c, RegistrationPatchSchema);
      const updated = await editRegistration(
        deps,
        row,
        patch,
        c.get('staff')?.id ?? null,
        requestLocale(c),
      );
      return c.json(await registrationView(deps, updated));
    })
    .post('/:id/cancel', async (c) => {
      const row = await load(c);
      const cancelled = await cancelRegistration(deps, row, c.get('staff')?.id ?? null);
      return c.json(await registrationView(deps, cancelled));
    });
}
