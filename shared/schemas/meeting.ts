// A consultation meeting as organizers write it: schedule in local wall time, venue, seats.
import * as v from 'valibot';
import { APPROVAL_MODES, MEETING_STATUSES, SMS_POLICIES } from '../enums';
import {
  ClockTimeSchema,
  EmailSchema,
  LongTextSchema,
  NonNegativeIntSchema,
  PositiveIntSchema,
  ProvinceCodeSchema,
  RegionCodeSchema,
  TextSchema,
  WallTimeSchema,
  optionalString,
  requiredString,
} from './common';
import '../i18n/validation/staff';
import { MAX_RETENTION_DAYS } from '../retention';
import { PhoneSchema } from './registration';
import { msg } from './validate';

/** Where participants reach the organizers: the e-mails' Reply-To, shown on the confirmation. */
export const MeetingContactSchema = v.object({
  email: v.optional(EmailSchema),
  phone: v.optional(PhoneSchema),
});
export type MeetingContact = v.InferOutput<typeof MeetingContactSchema>;

export const SlugSchema = v.pipe(
  v.string(msg('slug')),
  v.trim(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, msg('slug')),
  v.maxLength(80, msg('tooLong')),
);

export const VenueSchema = v.object({
  name: requiredString(200),
  address: optionalString(500),
  provinceCode: ProvinceCodeSchema,
  lat: v.optional(
    v.pipe(
      v.number(msg('latitude')),
      v.minValue(-90, msg('latitude')),
      v.maxValue(90, msg('latitude')),
    ),
  ),
  lng: v.optional(
    v.pipe(
      v.number(msg('longitude')),
      v.minValue(-180, msg('longitude')),
      v.maxValue(180, msg('longitude')),
    ),
  ),
});

export const WorkshopSchema = v.object({
  id: v.pipe(
    v.string(msg('slug')),
    v.trim(),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, msg('slug')),
    v.maxLength(40, msg('tooLong')),
  ),
  title: TextSchema,
  capacity: v.optional(PositiveIntSchema),
});

export const SupportPolicySchema = v.object({
  travel: v.object({
    enabled: v.boolean(msg('invalid')),
    minDistanceKm: NonNegativeIntSchema,
    seats: v.optional(NonNegativeIntSchema),
  }),
  lodging: v.object({
    enabled: v.boolean(msg('invalid')),
    minDistanceKm: NonNegativeIntSchema,
    rooms: v.optional(NonNegativeIntSchema),
    nights: v.optional(NonNegativeIntSchema),
  }),
  priorityAccessibility: v.boolean(msg('invalid')),
  acceptedOnly: v.optional(v.boolean(msg('invalid'))),
});
export type SupportPolicy = v.InferOutput<typeof SupportPolicySchema>;

export { DEFAULT_SUPPORT_POLICY } from '../support/defaultPolicy';

const MeetingFields = v.object({
  slug: SlugSchema,
  title: TextSchema,
  description: v.optional(
    v.union(
      [LongTextSchema, v.pipe(v.string(), v.maxLength(20000, msg('tooLong')))],
      msg('invalid'),
    ),
  ),
  programme: v.optional(
    v.pipe(
      v.array(v.object({ time: ClockTimeSchema, title: TextSchema }), msg('invalid')),
      v.maxLength(100, msg('tooLong')),
    ),
  ),
  venue: VenueSchema,
  startsAt: WallTimeSchema,
  endsAt: WallTimeSchema,
  timezone: v.optional(
    v.pipe(
      v.string(msg('timeZone')),
      v.regex(/^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/, msg('timeZone')),
    ),
  ),
  registration: v.object({ opensAt: WallTimeSchema, closesAt: WallTimeSchema }),
  capacity: PositiveIntSchema,
  approval: v.picklist(APPROVAL_MODES, msg('choice')),
  waitlist: v.boolean(msg('invalid')),
  eligibleRegions: v.optional(
    v.pipe(v.array(RegionCodeSchema, msg('invalid')), v.maxLength(12, msg('tooLong'))),
  ),
  workshops: v.optional(
    v.pipe(v.array(WorkshopSchema, msg('invalid')), v.maxLength(30, msg('tooLong'))),
  ),
  support: v.optional(SupportPolicySchema),
  sms: v.optional(v.picklist(SMS_POLICIES, msg('choice'))),
  contact: v.optional(MeetingContactSchema),
  retentionDays: v.optional(
    v.pipe(
      v.number(msg('retentionDays')),
      v.integer(msg('retentionDays')),
      v.minValue(1, msg('retentionDays')),
      v.maxValue(MAX_RETENTION_DAYS, msg('retentionDays')),
    ),
  ),
  /** The programme (national process) the meeting is part of. */
  programmeSlug: v.optional(SlugSchema),
  status: v.picklist(MEETING_STATUSES, msg('choice')),
});

/** The whole meeting, with the rules that tie its fields together. */
export const MeetingInputSchema = v.pipe(
  MeetingFields,
  v.forward(
    v.partialCheck([['startsAt'], ['endsAt']], (m) => m.endsAt > m.startsAt, msg('endsAfterStart')),
    ['endsAt'],
  ),
  v.forward(
    v.partialCheck(
      [
        ['registration', 'opensAt'],
        ['registration', 'closesAt'],
      ],
      (m) => m.registration.closesAt > m.registration.opensAt,
      msg('closesAfterOpens'),
    ),
    ['registration', 'closesAt'],
  ),
  v.forward(
    v.partialCheck(
      [['workshops']],
      (m) => new Set((m.workshops ?? []).map((w) => w.id)).size === (m.workshops ?? []).length,
      msg('uniqueWorkshopIds'),
    ),
    ['workshops'],
  ),
);
export type MeetingInput = v.InferOutput<typeof MeetingInputSchema>;
