// Arabic with French beside, as the seed reports and the exports write their tables.
import type { Bilingual as Words } from '../../../shared/reports/labels';
import styles from './Report.module.css';

export function Bilingual({ text }: { text: Words }) {
  return (
    <>
      <span>{text.ar}</span>{' '}
      <span class={styles.fr} lang="fr" dir="ltr">
        {text.fr}
      </span>
    </>
  );
}
