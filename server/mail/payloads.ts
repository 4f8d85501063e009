// What an outbox row's `payload` JSON holds for the kinds that need more than the registration
// and the meeting. Whoever queues one of these kinds writes this shape; the template reads it
// back through these schemas at send time. Fields beyond these are allowed and ignored.
//
//   confirmation         { promoted?: true }   a seat given back went to someone on the waitlist
//   support-decision     { travel?, lodging?: 'approved' | 'declined' | null, nights? }
//                        (null or absent: that support was not requested)
//   feedback-invitation  {}                    the link is built at send time from PUBLIC_URL:
//                                              /m/:slug/feedback?kind=post-meeting
//   proposal-outcome     { proposalId, text, status, explanation?, institution? }
//                        the fate of a proposal the participant made (or that theirs was merged
//                        into); the link to /m/:slug/proposals is built at send time
import * as v from 'valibot';
import { PROPOSAL_STATUSES } from '../../shared/schemas/feedback';
import { SUPPORT_DECISIONS } from '../../shared/schemas/support';

const Decision = v.nullish(v.picklist(SUPPORT_DECISIONS));

export const SupportDecisionPayloadSchema = v.object({
  travel: Decision,
  lodging: Decision,
  nights: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type SupportDecisionPayload = v.InferOutput<typeof SupportDecisionPayloadSchema>;

export const FeedbackInvitationPayloadSchema = v.object({});
export type FeedbackInvitationPayload = v.InferOutput<typeof FeedbackInvitationPayloadSchema>;

export const ProposalOutcomePayloadSchema = v.object({
  proposalId: v.pipe(v.string(), v.minLength(1)),
  text: v.pipe(v.string(), v.minLength(1)),
  status: v.picklist(PROPOSAL_STATUSES),
  explanation: v.nullish(v.string()),
  institution: v.nullish(v.string()),
});
export type ProposalOutcomePayload = v.InferOutput<typeof ProposalOutcomePayloadSchema>;

export const ConfirmationPayloadSchema = v.object({ promoted: v.optional(v.boolean()) });

/** The stored JSON read with `schema`; a malformed payload is a message that cannot be built. */
export function readPayload<S extends v.GenericSchema>(
  schema: S,
  json: string | null,
): v.InferOutput<S> {
  // In English: the reason is for whoever reads the outbox's log, not for the participant.
  const result = v.safeParse(schema, json ? JSON.parse(json) : {}, { lang: 'en' });
  if (!result.success) {
    const where = result.issues[0]?.path?.map((p) => String(p.key)).join('.') || '(root)';
    throw new Error(`malformed payload at ${where}: ${result.issues[0]?.message ?? 'invalid'}`);
  }
  return result.output;
}
