// The warning that some accepted participants hear nothing from us: no e-mail, and no phone
// the meeting's SMS policy texts. Their names, so an organizer can call them or change the
// policy on the meeting's page.
import type { Locale } from '../../../shared/enums';
import type { UnreachableParticipant } from '../../../shared/api/outbox';
import { t } from '../../i18n';

interface Props {
  people: UnreachableParticipant[];
  slug: string;
  locale: Locale;
}

export default function Unreachable({ people, slug, locale }: Props) {
  return (
    <section
      class="notice notice--error stack"
      aria-labelledby="outbox-unreachable-title"
      data-unreachable={people.length}
    >
      <h2 id="outbox-unreachable-title">
        {t('staffOutbox:unreachableTitle', { n: people.length }, locale)}
      </h2>
      <p>{t('staffOutbox:unreachableIntro', undefined, locale)}</p>
      <ul>
        {people.map((person) => (
          <li key={person.registrationId} dir="auto">
            {person.fullName}
          </li>
        ))}
      </ul>
      <p>
        <a href={`/staff/m/${encodeURIComponent(slug)}/edit`}>
          {t('staffOutbox:unreachablePolicy', undefined, locale)}
        </a>
      </p>
    </section>
  );
}
