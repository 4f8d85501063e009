// A registration as the private link's GET returns it, for this page's unit tests.
import type { RegistrationDetails } from '../../../shared/api/registrations';
import type { QueuedWrite } from '../../../client/store/types';

export const REG_ID = '3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6b';

export function registration(overrides: Partial<RegistrationDetails> = {}): RegistrationDetails {
  return {
    id: REG_ID,
    meetingSlug: 'tanger-2026',
    fullName: 'خديجة بنعلي',
    gender: 'female',
    ageBand: '30-40',
    role: 'association',
    organization: 'جمعية الأمل',
    provinceCode: 'tetouan',
    email: 'khadija@example.ma',
    phone: null,
    locale: 'ar',
    accessibility: [],
    accessibilityNote: null,
    workshopId: null,
    photoConsent: false,
    status: 'accepted',
    source: 'online',
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    checkedInAt: null,
    ticketToken: null,
    ticketCode: null,
    ...overrides,
  };
}

export function entry(
  overrides: Partial<QueuedWrite> & Pick<QueuedWrite, 'id' | 'seq'>,
): QueuedWrite {
  return {
    kind: 'registration-edit',
    method: 'PATCH',
    url: `/api/registrations/${REG_ID}`,
    body: {},
    createdAt: 1000,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
    ...overrides,
  };
}
