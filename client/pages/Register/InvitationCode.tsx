// "I have an invitation code", folded away: most people have none. It opens by itself when
// the chosen province is outside the meeting's regions, since only a code lets them in then.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { REGIONS } from '../../../shared/geo';
import { fromEligibleRegion } from '../../../shared/registration/eligibleRegion';
import type { MeetingView } from '../../../shared/api/meetings';
import { TextField } from '../../components/Field';
import styles from './Register.module.css';
import { t } from '../../i18n';

interface Props {
  meeting: MeetingView;
  locale: Locale;
  provinceCode: string;
  field: {
    name: string;
    value: string;
    error?: string;
    onValue: (v: string) => void;
    onBlur: () => void;
  };
}

/** The province picked is outside the target regions (shared/registration/eligibleRegion.ts). */
export function outsideRegions(meeting: MeetingView, provinceCode: string): boolean {
  return provinceCode !== '' && !fromEligibleRegion(meeting, provinceCode);
}

export default function InvitationCode({ meeting, locale, provinceCode, field }: Props) {
  const [openedByHand, setOpenedByHand] = useState(false);
  const outside = outsideRegions(meeting, provinceCode);
  const open = openedByHand || outside || field.value !== '' || Boolean(field.error);
  const regionNames = REGIONS.filter((r) => meeting.eligibleRegions?.includes(r.code))
    .map((r) => (locale === 'ar' ? r.name.ar : r.name.fr))
    .join(locale === 'ar' ? '، ' : ', ');
  return (
    <details
      class={styles.invitation}
      open={open}
      onToggle={(e) => setOpenedByHand(e.currentTarget.open)}
    >
      <summary>{t('register:invitation', undefined, locale)}</summary>
      <TextField
        {...field}
        label={t('register:invitationCode', undefined, locale)}
        hint={outside ? t('register:notEligible', { regions: regionNames }, locale) : undefined}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        dir="ltr"
      />
    </details>
  );
}
