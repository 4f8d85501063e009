// The meeting's codes, who each is for and how often it was used; each can be copied, or all
// at once to paste into the letter to the institution.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { Invitation } from '../../../shared/api/invitations';
import { t, type WordOf } from '../../i18n';
import { copyText } from './copyText';
import styles from './Invitations.module.css';
import TableScroll from '../../components/TableScroll';

export function InvitationList({ codes, locale }: { codes: Invitation[]; locale: Locale }) {
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, undefined, locale);
  const [copied, setCopied] = useState('');

  async function copy(text: string, what: string) {
    setCopied('');
    const ok = await copyText(text);
    setCopied(ok ? t('staff:reg.inv.copied', { what }, locale) : l('reg.inv.copyFailed'));
  }

  if (codes.length === 0) return <p class="notice">{l('reg.inv.none')}</p>;
  return (
    <div class="stack">
      <p class="row">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => void copy(codes.map((c) => c.code).join('\n'), l('reg.inv.allCodes'))}
        >
          {l('reg.inv.copyAll')}
        </button>
        <span role="status">{copied}</span>
      </p>
      <TableScroll label={l('reg.inv.caption')} locale={locale}>
        <table class="table">
          <caption>{l('reg.inv.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{l('reg.inv.code')}</th>
              <th scope="col">{l('reg.inv.for')}</th>
              <th scope="col">{l('reg.inv.used')}</th>
              <th scope="col">
                <span class="visually-hidden">{l('reg.inv.copy')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {codes.map((c) => (
              <tr key={c.code}>
                <th scope="row">
                  <code class={`ltr ${styles.code}`}>{c.code}</code>
                </th>
                <td>
                  <bdi>{c.label}</bdi>
                </td>
                <td>{c.used}</td>
                <td>
                  <button
                    type="button"
                    class={`button button--secondary ${styles.copy}`}
                    aria-label={t('staff:reg.inv.copyCode', { code: c.code }, locale)}
                    onClick={() => void copy(c.code, c.code)}
                  >
                    {l('reg.inv.copy')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
