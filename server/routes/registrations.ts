// Registrations: public sign-up under a meeting, organizer list/exports/decisions, invitations,
// and the participant's private link (/api/registrations/:id).
import type { CreatedInvitation, Invitation } from '../../shared/api/invitations';
import type {
  DecisionsAnswer,
  ErasedRegistration,
  OwnRegistrationView,
  PersonalData,
  RecoverAnswer,
  Registered,
  RegistrationView,
} from '../../shared/api/registrations';
import { Hono } from 'hono';
import type { Context } from 'hono';
import {
  RecoverRequestSchema,
  RegistrationInputSchema,
  RegistrationPatchSchema,
} from '../../shared/schemas/registration';
import {
  DecisionsSchema,
  InvitationRequestSchema,
  RegistrationFilterSchema,
} from '../../shared/schemas/organizer';
import { validate } from '../../shared/schemas/validate';
import { DomainError } from '../core/domainError';
import { bearerToken } from '../auth/middleware';
import {
  listRegistrationRows,
  registrationRowPages,
  type RegistrationRow,
} from '../db/repositories/registrations';
import type { Deps } from '../deps';
import { assertMeetingAccess } from '../domain/teams/access';
import { createInvitations, invitationsOf } from '../domain/invitations';
import { registrationFor } from '../domain/registration/access';
import { decide } from '../domain/registration/decisions';
import { sendLinkAgain } from '../domain/registration/recover';
import { register } from '../domain/registration/register';
import {
  cancelRegistration,
  editRegistration,
  registrationView,
} from '../domain/registration/selfService';
import { toRegistrationView } from '../domain/registration/view';
import { eraseRegistration } from '../domain/erasure/eraseRegistration';
import { personalDataOf } from '../domain/registration/personalData';
import { searchRegistrations } from '../domain/search/registrationSearch';
import { parseBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { anySheet, exportContextOf, exportResponse, isExportFormat } from '../exports/respond';
import { registrationColumns } from '../exports/registrations';
import { meetingInputOf } from '../domain/meetingView';
import { requestLocale } from '../http/locale';
import { meetingAccess, meetingOf, staffOf, teamStaffOf } from '../http/meetingAccess';
import { publicRateLimit } from '../http/rateLimit';

async function* viewsOf(rows: AsyncIterable<RegistrationRow> | Promise<RegistrationRow[]>) {
  for await (const row of await rows) yield toRegistrationView(row);
}

/** Mounted under /api/meetings/:slug. */
export function meetingRegistrationRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .post(
      '/registrations',
      meetingAccess(deps, 'public'),
      publicRateLimit(deps, 'registration'),
      async (c) => {
        const input = await parseBody(c, RegistrationInputSchema);
        // Staff off the meeting's team register as anyone would; a walk-in needs the desk's role.
        if (input.source === 'walk-in')
          await assertMeetingAccess(deps, c.get('staff'), meetingOf(c), 'checkin');
        const result = await register(deps, meetingOf(c), input, teamStaffOf(c), requestLocale(c));
        return c.json<Registered>(result, 201);
      },
    )
    .post(
      '/registrations/recover',
      meetingAccess(deps, 'public'),
      publicRateLimit(deps, 'recover'),
      async (c) => {
        // 202 whatever the answer: it must not tell anyone who registered.
        const contact = await parseBody(c, RecoverRequestSchema);
        await sendLinkAgain(deps, meetingOf(c), contact);
        return c.json<RecoverAnswer>({}, 202);
      },
    )
    .get('/registrations', meetingAccess(deps, 'organizer'), async (c) => {
      const meeting = meetingOf(c);
      const { status, source, workshop, q, format } = c.req.query();
      const asked = { status: status || undefined, source: source || undefined };
      const parsed = validate(RegistrationFilterSchema, asked, requestLocale(c));
      if (!parsed.ok) throw new DomainError('validation', { errors: parsed.errors });
      const filter = { ...parsed.value, workshopId: workshop };
      const typed = q?.trim() ? q : null;
      if (isExportFormat(format)) {
        const ctx = exportContextOf(c, meeting.timezone);
        const columns = registrationColumns(ctx, meetingInputOf(meeting).workshops ?? []);
        const rows = viewsOf(
          typed
            ? searchRegistrations(
                deps.db.kysely,
                meeting.id,
                filter,
                typed,
                Number.MAX_SAFE_INTEGER,
              )
            : registrationRowPages(deps.db.kysely, meeting.id, filter),
        );
        return exportResponse(
          c,
          deps.config,
          format,
          `registrations-${meeting.slug}`,
          [anySheet({ name: meeting.slug, columns, rows })],
          ctx,
        );
      }
      const rows = typed
        ? await searchRegistrations(deps.db.kysely, meeting.id, filter, typed)
        : await listRegistrationRows(deps.db.kysely, meeting.id, filter);
      return c.json<RegistrationView[]>(rows.map(toRegistrationView));
    })
    .post('/registrations/decisions', meetingAccess(deps, 'organizer'), async (c) => {
      const meeting = meetingOf(c);
      const { decisions } = await parseBody(c, DecisionsSchema);
      const changed = await decide(deps, meeting, decisions, staffOf(c).id, requestLocale(c));
      return c.json<DecisionsAnswer>({ changed });
    })
    .post('/invitations', meetingAccess(deps, 'organizer'), async (c) => {
      const meeting = meetingOf(c);
      const { count, label } = await parseBody(c, InvitationRequestSchema);
      return c.json<CreatedInvitation[]>(
        await createInvitations(deps, meeting, count, label, staffOf(c).id),
        201,
      );
    })
    .get('/invitations', meetingAccess(deps, 'organizer'), async (c) => {
      return c.json<Invitation[]>(await invitationsOf(deps, meetingOf(c)));
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
  return (
    new Hono<AppEnv>()
      .get('/:id', async (c) =>
        c.json<PersonalData>(await personalDataOf(deps, await load(c), requestLocale(c))),
      )
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
        return c.json<OwnRegistrationView>(await registrationView(deps, updated));
      })
      .post('/:id/cancel', async (c) => {
        const row = await load(c);
        const cancelled = await cancelRegistration(deps, row, c.get('staff')?.id ?? null);
        return c.json<OwnRegistrationView>(await registrationView(deps, cancelled));
      })
      // The participant's right of erasure (law 09-08): their own token only, not staff's.
      .delete('/:id', async (c) => {
        const row = await registrationFor(
          deps,
          c.req.param('id'),
          bearerToken(c.req.header('authorization')),
          null,
        );
        return c.json<ErasedRegistration>(await eraseRegistration(deps, row, null));
      })
  );
}
