// A word of the report in its language with the other language beside it, as the seed reports
// and the exports write their tables.
import type { Bilingual as Words } from '../../../shared/reports/labels';
import { dirOf, otherLanguage, type ReportLanguage } from './language';
import styles from './Report.module.css';

export function Bilingual({ text, lang }: { text: Words; lang: ReportLanguage }) {
  const other = otherLanguage(lang);
  return (
    <>
      <span>{text[lang]}</span>{' '}
      <span class={styles.other} lang={other} dir={dirOf(other)}>
        {text[other]}
      </span>
    </>
  );
}
