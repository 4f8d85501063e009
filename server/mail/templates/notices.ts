// Which blocks each kind of e-mail shows, and the blocks of the notices that report a decision
// rather than a registration's state: support decided, feedback invited, a proposal's fate.
// What those say comes from the row's payload (../payloads.ts), checked here at send time.
import type { MailKind } from '../kinds';
import { fill, type MailCatalogue } from '../messages';
import {
  FeedbackInvitationPayloadSchema,
  ProposalOutcomePayloadSchema,
  SupportDecisionPayloadSchema,
  readPayload,
} from '../payloads';
import type { MailBlock } from './layout';

export interface KindLayout {
  /** The meeting's date and time; its venue with the map link. */
  when: boolean;
  where: boolean;
  /** The participant's workshop, when they chose one. */
  workshop: boolean;
  privateLink: boolean;
}

const REGISTRATION: KindLayout = { when: true, where: true, workshop: true, privateLink: true };

const LAYOUTS: Record<MailKind, KindLayout> = {
  received: REGISTRATION,
  confirmation: REGISTRATION,
  waitlisted: REGISTRATION,
  reminder: REGISTRATION,
  cancellation: { ...REGISTRATION, workshop: false },
  // The private link is where the participant follows the request (/r/:id/support).
  'support-decision': { ...REGISTRATION, workshop: false },
  // After the meeting: no venue to go to, and the feedback link needs no private link.
  'feedback-invitation': { when: true, where: false, workshop: false, privateLink: false },
  'proposal-outcome': { when: false, where: false, workshop: false, privateLink: false },
  // The link (and ticket code) asked for again: the meeting's details say which one it is.
  recover: { ...REGISTRATION, workshop: false },
};

export function layoutOf(kind: MailKind): KindLayout {
  return LAYOUTS[kind];
}

export interface NoticeContext {
  cat: MailCatalogue;
  payload: string | null;
  publicUrl: string;
  slug: string;
}

function supportBlocks({ cat, payload }: NoticeContext): MailBlock[] {
  const decided = readPayload(SupportDecisionPayloadSchema, payload);
  const lines: string[] = [];
  if (decided.travel)
    lines.push(fill(cat.support.travel, { decision: cat.support[decided.travel] }));
  if (decided.lodging) {
    const decision = cat.support[decided.lodging];
    const nights = decided.lodging === 'approved' && decided.nights ? decided.nights : null;
    lines.push(
      nights === null
        ? fill(cat.support.lodging, { decision })
        : fill(cat.support.nights, { decision, nights }),
    );
  }
  if (lines.length === 0) throw new Error('malformed payload: no decision to announce');
  return [{ label: cat.support.label, lines: [...lines, cat.support.note] }];
}

function feedbackBlocks({ cat, payload, publicUrl, slug }: NoticeContext): MailBlock[] {
  readPayload(FeedbackInvitationPayloadSchema, payload);
  const href = `${publicUrl}/m/${encodeURIComponent(slug)}/feedback?kind=post-meeting`;
  return [{ label: cat.feedback.label, lines: [], link: { href, text: cat.feedback.link } }];
}

function proposalBlocks({ cat, payload, publicUrl, slug }: NoticeContext): MailBlock[] {
  const outcome = readPayload(ProposalOutcomePayloadSchema, payload);
  const explanation = outcome.explanation?.trim();
  const institution = outcome.institution?.trim();
  const blocks: MailBlock[] = [
    { label: cat.proposal.label, lines: outcome.text.split(/\r?\n/).filter(Boolean) },
    { label: cat.proposal.outcome, lines: [cat.proposal.status[outcome.status]] },
  ];
  if (explanation) blocks.push({ label: cat.proposal.explanation, lines: [explanation] });
  if (institution) blocks.push({ label: cat.proposal.institution, lines: [institution] });
  const all = `${publicUrl}/m/${encodeURIComponent(slug)}/proposals`;
  blocks.push({ label: '', lines: [], link: { href: all, text: cat.proposal.all } });
  return blocks;
}

/** The kind's own blocks (none for the registration notices); throws on a malformed payload. */
export function noticeBlocks(kind: MailKind, context: NoticeContext): MailBlock[] {
  switch (kind) {
    case 'support-decision':
      return supportBlocks(context);
    case 'feedback-invitation':
      return feedbackBlocks(context);
    case 'proposal-outcome':
      return proposalBlocks(context);
    default:
      return [];
  }
}
