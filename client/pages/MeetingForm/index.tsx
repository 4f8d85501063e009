// "/staff/new" and "/staff/m/:slug/edit": the organizer's meeting form.
import type { Locale } from '../../../shared/enums';
import { loadMeeting } from '../../actions/staff/loadMeeting';
import { t } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import StaffGate from '../../components/StaffGate';
import { emptyValues, valuesFromMeeting } from './formValues';
import { MeetingFormView } from './MeetingFormView';

export default function MeetingForm({ slug, locale }: { slug?: string; locale: Locale }) {
  const title = t(slug ? 'staff:form.editTitle' : 'staff:form.newTitle', undefined, locale);
  usePageTitle(title);
  return (
    <section class="stack" aria-labelledby="form-title">
      <h1 id="form-title">{title}</h1>
      <StaffGate locale={locale} role="organizer">
        {() =>
          slug ? (
            <EditMeeting slug={slug} locale={locale} />
          ) : (
            <MeetingFormView initial={emptyValues()} locale={locale} />
          )
        }
      </StaffGate>
    </section>
  );
}

function EditMeeting({ slug, locale }: { slug: string; locale: Locale }) {
  const [meeting, retry] = useRemote((signal) => loadMeeting(slug, signal), [slug]);
  if (meeting.status === 'loading') return <Loading />;
  if (meeting.status === 'error') {
    return (
      <LoadError
        error={meeting.error}
        locale={locale}
        onRetry={retry}
        notFound={t('meeting.notFound', undefined, locale)}
      />
    );
  }
  return (
    <MeetingFormView
      initial={valuesFromMeeting(meeting.data)}
      original={meeting.data}
      locale={locale}
    />
  );
}
