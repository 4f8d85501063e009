// The list as a file (CSV with a BOM so Excel keeps the Arabic, or XLSX), with the same search
// and filters as on screen. Plain links: the browser downloads with the session cookie.
import type { Locale } from '../../../shared/enums';
import { registrationsFileUrl } from '../../actions/staff/exportRegistrations';
import type { RegistrationQuery } from '../../actions/staff/loadRegistrations';
import { t, type WordOf } from '../../i18n';

interface Props {
  slug: string;
  query: RegistrationQuery;
  locale: Locale;
}

export function ExportLinks({ slug, query, locale }: Props) {
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, undefined, locale);
  return (
    <div class="stack">
      <h3 id="export-title">{l('reg.export')}</h3>
      <p id="export-hint">{l('reg.exportHint')}</p>
      <p class="row">
        <a
          class="button button--secondary"
          href={registrationsFileUrl(slug, query, 'csv')}
          download
          aria-describedby="export-hint"
        >
          {l('reg.exportCsv')}
        </a>
        <a
          class="button button--secondary"
          href={registrationsFileUrl(slug, query, 'xlsx')}
          download
          aria-describedby="export-hint"
        >
          {l('reg.exportXlsx')}
        </a>
      </p>
    </div>
  );
}
