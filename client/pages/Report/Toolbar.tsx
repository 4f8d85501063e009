// The screen's controls, in the reader's language and never printed: back to the meeting,
// whom to count, print (or save as PDF), and the tables as files, small cells hidden or not.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { REPORT_BASES, type ReportBasis } from '../../../shared/reports/types';
import { reportFileUrl } from '../../actions/reports/exportReport';
import ChoiceGroup from '../../components/ChoiceGroup';
import styles from './Report.module.css';
import { t } from '../../i18n';

interface Props {
  slug: string;
  basis: ReportBasis;
  onBasis: (basis: ReportBasis) => void;
  updating: boolean;
  locale: Locale;
}

/** Cells of fewer people than this are hidden in files meant for sharing. */
const SHARING_MIN_CELL = 3;

export function Toolbar({ slug, basis, onBasis, updating, locale }: Props) {
  const [hideSmall, setHideSmall] = useState(false);
  const minCell = hideSmall ? SHARING_MIN_CELL : undefined;
  return (
    <div class={`stack ${styles.toolbar} ${styles.screenOnly}`}>
      <p>
        <a href={`/staff/m/${encodeURIComponent(slug)}`}>
          {t('staffReport:back', undefined, locale)}
        </a>
      </p>
      <ChoiceGroup
        name="basis"
        type="radio"
        legend={t('staffReport:basis', undefined, locale)}
        choices={REPORT_BASES.map((b) => ({
          value: b,
          label: t(`staffReport:basis.${b}`, undefined, locale),
        }))}
        selected={basis}
        onChange={(value) => onBasis(value as ReportBasis)}
      />
      <p class="visually-hidden" role="status">
        {updating ? t('staffReport:updating', undefined, locale) : ''}
      </p>
      <div class="row">
        <button type="button" class="button" onClick={() => window.print()} data-action="print">
          {t('staffReport:print', undefined, locale)}
        </button>
      </div>
      <fieldset class={styles.files}>
        <legend>{t('staffReport:files', undefined, locale)}</legend>
        <label class={styles.check}>
          <input
            type="checkbox"
            name="minCell"
            checked={hideSmall}
            onChange={(e) => setHideSmall(e.currentTarget.checked)}
          />
          <span>{t('staffReport:hideSmall', undefined, locale)}</span>
        </label>
        <p class="row">
          {(['csv', 'xlsx'] as const).map((format) => (
            <a
              key={format}
              class="button button--secondary"
              href={reportFileUrl(slug, basis, format, minCell)}
              download
            >
              {t(`staffReport:${format}`, undefined, locale)}
            </a>
          ))}
        </p>
      </fieldset>
    </div>
  );
}
