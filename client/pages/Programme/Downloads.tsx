// The programme's open data: the proposals (CSV, JSON) and the participation tables, with the
// licence they are published under.
import type { Locale } from '../../../shared/enums';
import { OPEN_DATA_LICENCE } from '../../../shared/programmes/types';
import { openDataUrl, type OpenDataFile } from '../../actions/programmes/downloadOpenData';
import styles from './Programme.module.css';
import { t } from '../../i18n';

export function Downloads({ slug, locale }: { slug: string; locale: Locale }) {
  const files: Array<{ label: string; kind: OpenDataFile }> = [
    { label: t('programme:proposalsCsv', undefined, locale), kind: 'proposals-csv' },
    { label: t('programme:proposalsJson', undefined, locale), kind: 'proposals-json' },
    { label: t('programme:reportCsv', undefined, locale), kind: 'report-csv' },
    { label: t('programme:reportJson', undefined, locale), kind: 'report-json' },
  ];
  // The licence's name is a link inside the sentence, wherever the language puts it.
  const [before, after] = t('programme:downloadsNote', undefined, locale).split('{licence}');
  return (
    <section class="stack" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('programme:downloads', undefined, locale)}</h2>
      <p>
        {before}
        <a href={OPEN_DATA_LICENCE.url} rel="license noopener noreferrer" lang="en" dir="ltr">
          {OPEN_DATA_LICENCE.id}
        </a>
        {after}
      </p>
      <ul class={styles.downloads}>
        {files.map((f) => (
          <li key={f.kind}>
            <a href={openDataUrl(slug, f.kind)} download data-download={f.kind}>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
