// Find who hears nothing from the meeting: accepted participants with no e-mail and no phone
// its SMS policy texts.
import type { UnreachableParticipant } from '../../../shared/api/outbox';
import type { Locale } from '../../../shared/enums';
import { listUnreachable } from '../../api/outbox';

export function loadUnreachable(
  slug: string,
  locale: Locale,
  signal?: AbortSignal,
): Promise<UnreachableParticipant[]> {
  return listUnreachable(slug, locale, signal);
}
