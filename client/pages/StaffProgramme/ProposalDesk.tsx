// Every proposal of the programme in one list, meeting by meeting: the organizer decides on
// those of their team's meetings (the meeting screen's own editor), and reads the others.
import type { Locale } from '../../../shared/enums';
import type { DashboardProposal, ProgrammeDashboard } from '../../../shared/api/programmes';
import LocalText from '../../components/LocalText';
import ProposalEditor from '../StaffFeedback/ProposalEditor';
import styles from './StaffProgramme.module.css';
import { t } from '../../i18n';

interface Props {
  dashboard: ProgrammeDashboard;
  locale: Locale;
  onChanged: () => void;
}

export function ProposalDesk({ dashboard, locale, onChanged }: Props) {
  const byMeeting = new Map<string, DashboardProposal[]>();
  for (const p of dashboard.proposals)
    byMeeting.set(p.meetingSlug, [...(byMeeting.get(p.meetingSlug) ?? []), p]);
  return (
    <section class="stack" aria-labelledby="desk-title">
      <h2 id="desk-title">{t('staffProgramme:proposals', undefined, locale)}</h2>
      {dashboard.proposals.length === 0 && (
        <p>{t('staffProgramme:proposalsNone', undefined, locale)}</p>
      )}
      {dashboard.meetings
        .filter((m) => byMeeting.has(m.slug))
        .map((m) => {
          const list = byMeeting.get(m.slug) ?? [];
          return (
            <section
              key={m.slug}
              class="stack"
              aria-labelledby={`desk-${m.slug}`}
              data-meeting={m.slug}
            >
              <LocalText as="h3" id={`desk-${m.slug}`} text={m.title} locale={locale} />
              {!m.mayAct && <p class="notice">{t('staffProgramme:notYours', undefined, locale)}</p>}
              <ul class={styles.proposals}>
                {list.map((p) => (
                  <li key={p.id} class={styles.proposal} data-proposal={p.id}>
                    <p class={styles.text}>
                      {p.text}{' '}
                      {p.hidden && <span>{t('staffProgramme:hiddenMark', undefined, locale)}</span>}
                    </p>
                    {p.mayAct ? (
                      <ProposalEditor
                        proposal={p}
                        others={list.filter((o) => o.id !== p.id && o.mergedInto === null)}
                        locale={locale}
                        onSaved={onChanged}
                      />
                    ) : (
                      <p>
                        {t(
                          'staffProgramme:fate',
                          { status: t(`proposals:status.${p.status}`, undefined, locale) },
                          locale,
                        )}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </section>
  );
}
