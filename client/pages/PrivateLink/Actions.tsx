// What the person can do from the private link: change and cancel only while the registration
// holds or awaits a seat, and ask for travel or lodging support then; deleting this phone's
// copy, and erasing the data on the server, always.
import type { Locale } from '../../../shared/enums';
import styles from './PrivateLink.module.css';
import { t } from '../../i18n';

export type ActionChoice = 'edit' | 'cancel' | 'forget' | 'erase';

interface Props {
  id: string;
  canChange: boolean;
  locale: Locale;
  onChoose: (choice: ActionChoice) => void;
}

export default function Actions({ id, canChange, locale, onChoose }: Props) {
  return (
    <section class={styles.actions} aria-labelledby="actions-title">
      <h2 id="actions-title">{t('registration:actions', undefined, locale)}</h2>
      <div class="row">
        {canChange && (
          <button type="button" class="button" onClick={() => onChoose('edit')}>
            {t('registration:edit', undefined, locale)}
          </button>
        )}
        {canChange && (
          <button
            type="button"
            class={`button ${styles.dangerOutline}`}
            onClick={() => onChoose('cancel')}
          >
            {t('registration:cancel', undefined, locale)}
          </button>
        )}
        {canChange && (
          <a class="button button--secondary" href={`/r/${encodeURIComponent(id)}/support`}>
            {t('support.askLink', undefined, locale)}
          </a>
        )}
        <button type="button" class={styles.forget} onClick={() => onChoose('forget')}>
          {t('registration:forget', undefined, locale)}
        </button>
        <button
          type="button"
          class={`button ${styles.dangerOutline}`}
          onClick={() => onChoose('erase')}
        >
          {t('registration:erase', undefined, locale)}
        </button>
      </div>
    </section>
  );
}
