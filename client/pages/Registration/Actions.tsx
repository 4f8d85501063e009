// What the person can do from the private link: change and cancel only while the registration
// holds or awaits a seat, and ask for travel or lodging support then; deleting this phone's
// copy, and erasing the data on the server, always.
import type { Locale } from '../../../shared/enums';
import { supportLinkText } from '../Support/linkText';
import { mt } from './messages';
import styles from './Registration.module.css';

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
      <h2 id="actions-title">{mt(locale, 'actions')}</h2>
      <div class="row">
        {canChange && (
          <button type="button" class="button" onClick={() => onChoose('edit')}>
            {mt(locale, 'edit')}
          </button>
        )}
        {canChange && (
          <button
            type="button"
            class={`button ${styles.dangerOutline}`}
            onClick={() => onChoose('cancel')}
          >
            {mt(locale, 'cancel')}
          </button>
        )}
        {canChange && (
          <a class="button button--secondary" href={`/r/${encodeURIComponent(id)}/support`}>
            {supportLinkText(locale)}
          </a>
        )}
        <button type="button" class={styles.forget} onClick={() => onChoose('forget')}>
          {mt(locale, 'forget')}
        </button>
        <button
          type="button"
          class={`button ${styles.dangerOutline}`}
          onClick={() => onChoose('erase')}
        >
          {mt(locale, 'erase')}
        </button>
      </div>
    </section>
  );
}
