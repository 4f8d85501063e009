// The proposals as organizers see them (hidden and merged ones included), one opened at a time
// for a decision; the list reloads after each save, so merges show where they landed.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { OrganizerProposal } from '../../../shared/api/feedback';
import type { MeetingView } from '../../../shared/api/meetings';
import { workshopName } from './format';
import ProposalEditor from './ProposalEditor';
import styles from './StaffFeedback.module.css';
import { t } from '../../i18n';

interface Props {
  meeting: MeetingView;
  proposals: OrganizerProposal[];
  locale: Locale;
  onChanged: () => void;
}

export default function Moderation({ meeting, proposals, locale, onChanged }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const byId = new Map(proposals.map((p) => [p.id, p]));
  return (
    <section class="stack" aria-labelledby="moderation-title">
      <h2 id="moderation-title">{t('staffFeedback:moderation', undefined, locale)}</h2>
      <p>{t('staffFeedback:moderationHint', undefined, locale)}</p>
      <p role="status">{saved ? t('staffFeedback:saved', undefined, locale) : ''}</p>
      {proposals.length === 0 && <p>{t('staffFeedback:noProposals', undefined, locale)}</p>}
      <ul class={styles.proposals}>
        {proposals.map((p) => (
          <li key={p.id} data-hidden={p.hidden} data-merged={p.mergedInto !== null}>
            <p class={styles.proposalText}>{p.text}</p>
            <p class={styles.meta}>
              {workshopName(meeting, p.workshopId, locale)} ·{' '}
              {t(`proposals:status.${p.status}`, undefined, locale)}
              {p.institution && ` · ${p.institution}`}
              {p.hidden && ` · ${t('staffFeedback:isHidden', undefined, locale)}`}
              {p.mergedInto &&
                ` · ${t('staffFeedback:isMerged', { text: byId.get(p.mergedInto)?.text ?? '' }, locale)}`}
            </p>
            {p.explanation && <p class={styles.meta}>{p.explanation}</p>}
            <button
              type="button"
              class="button button--secondary"
              aria-expanded={open === p.id}
              onClick={() => {
                setSaved(false);
                setOpen(open === p.id ? null : p.id);
              }}
            >
              {t('staffFeedback:decide', undefined, locale)}
            </button>
            {open === p.id && (
              <ProposalEditor
                proposal={p}
                others={proposals.filter((o) => o.id !== p.id && o.mergedInto === null)}
                locale={locale}
                onSaved={() => {
                  setOpen(null);
                  setSaved(true);
                  onChanged();
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
