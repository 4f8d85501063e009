// The enumerations of the HTTP contract, one source for server, client and tests.
export const LOCALES = ['ar', 'fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ar';

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

export const AGE_BANDS = ['18-30', '30-40', '40-50', '50-60', '60+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** الصفة — the capacity in which a person takes part. */
export const ROLES = [
  'elected',
  'association',
  'public_sector',
  'academic',
  'citizen',
  'expert',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

export const ACCESSIBILITY_NEEDS = [
  'wheelchair',
  'sign_language',
  'braille',
  'large_print',
  'companion',
  'other',
] as const;
export type AccessibilityNeed = (typeof ACCESSIBILITY_NEEDS)[number];

export const REGISTRATION_STATUSES = [
  'pending',
  'accepted',
  'waitlisted',
  'rejected',
  'cancelled',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_SOURCES = ['online', 'invited', 'walk-in'] as const;
export type RegistrationSource = (typeof REGISTRATION_SOURCES)[number];

export const STAFF_ROLES = ['admin', 'organizer', 'checkin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What a staff user is on one meeting's team (admins need no team). */
export const TEAM_ROLES = ['organizer', 'checkin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const APPROVAL_MODES = ['auto', 'manual'] as const;
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

export const MEETING_STATUSES = ['draft', 'published'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const REGISTRATION_STATES = ['not-open', 'open', 'closed'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Who gets SMS for a meeting: those with a phone and no e-mail, everyone with a phone, no one. */
export const SMS_POLICIES = ['phone-only', 'all', 'off'] as const;
export type SmsPolicy = (typeof SMS_POLICIES)[number];
export const DEFAULT_SMS_POLICY: SmsPolicy = 'phone-only';

/** How an outbox row reaches its person. */
export const OUTBOX_CHANNELS = ['email', 'sms'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

/** Where an outbox row stands: waiting, claimed by a worker, delivered, given up, not needed. */
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** The four fates of a proposal; `received` until an organizer says otherwise. */
export const PROPOSAL_STATUSES = ['received', 'under-study', 'retained', 'not-retained'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
