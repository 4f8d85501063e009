// The meeting's programme, printed after the participants as the seed reports do.
import { PROGRAMME, PROGRAMME_ITEM, PROGRAMME_TIME } from '../../../shared/reports/labels';
import type { MeetingView } from '../../../shared/api/meetings';
import { Bilingual } from './Bilingual';
import { dirOf, otherLanguage, type ReportLanguage } from './language';
import styles from './Report.module.css';

export function Programme({ meeting, lang }: { meeting: MeetingView; lang: ReportLanguage }) {
  const items = meeting.programme ?? [];
  const other = otherLanguage(lang);
  if (items.length === 0) return null;
  return (
    <section
      class={`${styles.block} ${styles.programme}`}
      aria-labelledby="programme-title"
      data-section="programme"
    >
      <h2 id="programme-title">
        <Bilingual text={PROGRAMME} lang={lang} />
      </h2>
      <table class={`table ${styles.table}`}>
        <caption class="visually-hidden">{`${PROGRAMME[lang]} / ${PROGRAMME[other]}`}</caption>
        <thead>
          <tr>
            <th scope="col" class={styles.time}>
              <Bilingual text={PROGRAMME_TIME} lang={lang} />
            </th>
            <th scope="col">
              <Bilingual text={PROGRAMME_ITEM} lang={lang} />
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={`${item.time}-${i}`}>
              <td class={`${styles.time} ltr`}>{item.time}</td>
              <td>
                <ItemTitle title={item.title} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** An item in the report's language with the other beside it, whichever of them it has. */
function ItemTitle({ title, lang }: { title: MeetingView['title']; lang: ReportLanguage }) {
  const other = otherLanguage(lang);
  const first = title[lang] ? lang : other;
  const second = first === lang ? other : lang;
  return (
    <>
      <span lang={first} dir={dirOf(first)}>
        {title[first]}
      </span>{' '}
      {first !== second && title[second] && (
        <span class={styles.other} lang={second} dir={dirOf(second)}>
          {title[second]}
        </span>
      )}
    </>
  );
}
