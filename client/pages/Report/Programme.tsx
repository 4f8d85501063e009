// The meeting's programme, printed after the participants as the seed reports do.
import { PROGRAMME, PROGRAMME_ITEM, PROGRAMME_TIME } from '../../../shared/reports/labels';
import type { Meeting } from '../../api/meetings';
import { Bilingual } from './Bilingual';
import styles from './Report.module.css';

export function Programme({ meeting }: { meeting: Meeting }) {
  const items = meeting.programme ?? [];
  if (items.length === 0) return null;
  return (
    <section class={styles.block} aria-labelledby="programme-title" data-section="programme">
      <h2 id="programme-title">
        <Bilingual text={PROGRAMME} />
      </h2>
      <table class={styles.table}>
        <caption class="visually-hidden">{`${PROGRAMME.ar} / ${PROGRAMME.fr}`}</caption>
        <thead>
          <tr>
            <th scope="col" class={styles.time}>
              <Bilingual text={PROGRAMME_TIME} />
            </th>
            <th scope="col">
              <Bilingual text={PROGRAMME_ITEM} />
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={`${item.time}-${i}`}>
              <td class={`${styles.time} ltr`}>{item.time}</td>
              <td>
                <span>{item.title.ar}</span>{' '}
                {item.title.fr && (
                  <span class={styles.fr} lang="fr" dir="ltr">
                    {item.title.fr}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
