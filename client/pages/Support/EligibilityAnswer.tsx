// The answer for each list: eligible or not, the reason in the person's language, and the
// committee's decision once there is one.
import type { Locale } from '../../../shared/enums';
import type { SupportDecision, SupportList } from '../../../shared/schemas/support';
import type { ListAnswer } from '../../../shared/api/support';
import styles from './Support.module.css';
import { t } from '../../i18n';

interface Props {
  answers: Partial<Record<SupportList, ListAnswer>>;
  decisions?: Partial<Record<SupportList, SupportDecision>>;
  locale: Locale;
}

export default function EligibilityAnswer({ answers, decisions, locale }: Props) {
  const lists = (['travel', 'lodging'] as const).filter((list) => answers[list]);
  return (
    <ul class={styles.answers}>
      {lists.map((list) => {
        const answer = answers[list] as ListAnswer;
        const decision = decisions?.[list];
        return (
          <li key={list} class={styles.answer} data-eligible={String(answer.eligible)}>
            <strong>{t(`support:${list}`, undefined, locale)}</strong>
            {' — '}
            <span class={styles.verdict}>
              {t(answer.eligible ? 'support:eligible' : 'support:notEligible', undefined, locale)}
            </span>
            <p>{answer.reason}</p>
            {decision && (
              <p>
                {t('support:decision', undefined, locale)}:{' '}
                <strong>{t(`support:decision.${decision}`, undefined, locale)}</strong>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
