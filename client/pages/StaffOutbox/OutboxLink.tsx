// The way from a meeting's organizer page to its e-mails: one small link, so the overview does
// not load the e-mail screen's code.
import type { Locale } from '../../../shared/enums';

const WORDS: Record<Locale, string> = {
  ar: 'الرسائل الإلكترونية والنصية',
  fr: 'E-mails et SMS',
  en: 'E-mails and SMS',
};

export function OutboxLink({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <a class="button button--secondary" href={`/staff/m/${encodeURIComponent(slug)}/outbox`}>
      {WORDS[locale]}
    </a>
  );
}
