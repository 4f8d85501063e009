// The way from a meeting's overview to its participant report: one small link, so the
// overview does not load the report's code.
import type { Locale } from '../../../shared/enums';

const WORDS: Record<Locale, string> = {
  ar: 'تقرير المشاركين',
  fr: 'Rapport des participants',
  en: 'Participant report',
};

export function ReportLink({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <a class="button button--secondary" href={`/staff/m/${encodeURIComponent(slug)}/report`}>
      {WORDS[locale]}
    </a>
  );
}
