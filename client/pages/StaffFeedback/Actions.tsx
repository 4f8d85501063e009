// The feedback as files (plain links: the browser downloads with the session cookie), and the
// post-meeting invitation e-mails.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { feedbackFileUrl } from '../../actions/feedback/exportFeedback';
import { inviteToFeedback, type FeedbackAudience } from '../../actions/feedback/inviteToFeedback';
import { refusalOf } from '../../actions/refusal';
import ChoiceGroup from '../../components/ChoiceGroup';
import { t } from '../../i18n';

export function ExportLinks({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <section class="stack" aria-labelledby="export-title">
      <h2 id="export-title">{t('staffFeedback:export', undefined, locale)}</h2>
      <p class="row">
        <a class="button button--secondary" href={feedbackFileUrl(slug, 'csv')} download>
          {t('staffFeedback:exportCsv', undefined, locale)}
        </a>
        <a class="button button--secondary" href={feedbackFileUrl(slug, 'xlsx')} download>
          {t('staffFeedback:exportXlsx', undefined, locale)}
        </a>
      </p>
    </section>
  );
}

type Sending =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; queued: number }
  | { kind: 'error'; message: string };

export function Invitations({ slug, locale }: { slug: string; locale: Locale }) {
  const [audience, setAudience] = useState<FeedbackAudience>('attended');
  const [sending, setSending] = useState<Sending>({ kind: 'idle' });
  async function onSubmit(event: Event) {
    event.preventDefault();
    setSending({ kind: 'busy' });
    try {
      const { queued } = await inviteToFeedback(slug, audience);
      setSending({ kind: 'done', queued });
    } catch (error) {
      setSending({ kind: 'error', message: refusalOf(error, locale).text });
    }
  }
  return (
    <form class="stack" aria-labelledby="invite-title" onSubmit={onSubmit}>
      <h2 id="invite-title">{t('staffFeedback:invite', undefined, locale)}</h2>
      <p>{t('staffFeedback:inviteHint', undefined, locale)}</p>
      <ChoiceGroup
        name="audience"
        type="radio"
        legend={t('staffFeedback:audience', undefined, locale)}
        choices={(['attended', 'accepted'] as const).map((value) => ({
          value,
          label: t(`staffFeedback:audience.${value}`, undefined, locale),
        }))}
        selected={audience}
        onChange={(v) => setAudience(v as FeedbackAudience)}
      />
      <p role="status" class={sending.kind === 'error' ? 'notice notice--error' : undefined}>
        {sending.kind === 'done' && t('staffFeedback:invited', { n: sending.queued }, locale)}
        {sending.kind === 'error' && sending.message}
      </p>
      <p>
        <button type="submit" class="button" disabled={sending.kind === 'busy'}>
          {t('staffFeedback:sendInvites', undefined, locale)}
        </button>
      </p>
    </form>
  );
}
