// The way from a meeting's organizer page to its travel and lodging support screen: one small
// link, so the overview does not load the support screen's code.
import type { Locale } from '../../../shared/enums';

const WORDS: Record<Locale, string> = {
  ar: 'التنقل والإيواء',
  fr: 'Transport et hébergement',
  en: 'Travel and lodging',
};

export function SupportLink({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <a class="button button--secondary" href={`/staff/m/${encodeURIComponent(slug)}/support`}>
      {WORDS[locale]}
    </a>
  );
}
