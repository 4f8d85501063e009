// Helpers for the feedback and proposal tests: a meeting, participants with their private-link
// token, feedback bodies, and calls as the public, a participant or an organizer.
import { randomUUID } from 'node:crypto';
import { createMeeting, type MeetingBody } from './factories/meeting';
import { registrationBody, type RegistrationBody } from './factories/registration';
import type { TestServer } from './harness';

export interface FeedbackKit {
  meeting(overrides?: Partial<MeetingBody>): Promise<string>;
  register(
    slug: string,
    overrides?: Partial<RegistrationBody>,
  ): Promise<{ id: string; manageToken: string; email: string }>;
  body(overrides?: Record<string, unknown>): Record<string, unknown> & { id: string };
  post(
    slug: string,
    body: unknown,
    init?: { manageToken?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: FeedbackReply }>;
  organizer(): Promise<string>;
}

export interface FeedbackReply {
  id: string;
  linked: boolean;
  proposals: string[];
  code?: string;
  errors?: Array<{ path: string; message: string }>;
}

export function feedbackKit(s: TestServer): FeedbackKit {
  let n = 0;
  const kit: FeedbackKit = {
    organizer: () => s.tokenFor('organizer'),
    meeting(overrides = {}) {
      return createMeeting(s, overrides);
    },
    async register(slug, overrides = {}) {
      n++;
      const body = registrationBody({
        fullName: `نادية الإدريسي ${n}`,
        ageBand: '40-50',
        ...overrides,
      });
      const res = await s.json<{ id: string; manageToken: string }>(
        'POST',
        `/api/meetings/${slug}/registrations`,
        { body },
      );
      if (res.status !== 201)
        throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
      return { id: res.body.id, manageToken: res.body.manageToken, email: String(body.email) };
    },
    body(overrides = {}) {
      return {
        id: randomUUID(),
        kind: 'on-site',
        ratings: { overall: 4, content: 5, organization: 3 },
        workshopId: 'w1',
        problems: ['ضعف الولوج إلى المعلومة البيئية'],
        solutions: ['إحداث منصة إلكترونية للتشاور العمومي'],
        expectedResults: ['تحسين فعالية التشاور العمومي'],
        comment: 'لقاء مفيد',
        locale: 'ar',
        ...overrides,
      };
    },
    post(slug, body, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.manageToken) headers.authorization = `Bearer ${init.manageToken}`;
      return s.json<FeedbackReply>('POST', `/api/meetings/${slug}/feedback`, { body, headers });
    },
  };
  return kit;
}
