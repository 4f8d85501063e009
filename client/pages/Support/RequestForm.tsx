// The request form: what to ask for, from where, for how many nights; the answer is shown as
// the person fills it in, worked out on the phone with the organizers' own rule. What is typed
// is kept on the phone as a draft until it is handed to the write queue.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { provincesByRegion } from '../../../shared/geo';
import {
  MAX_NIGHTS,
  SupportRequestSchema,
  type SupportRequestInput,
} from '../../../shared/schemas/support';
import { validate } from '../../../shared/schemas/validate';
import { supportEligibility, type SupportSetting } from '../../../shared/support';
import { useDraft } from '../../app/drafts';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import EligibilityAnswer from './EligibilityAnswer';
import styles from './Support.module.css';
import { t } from '../../i18n';

const GROUPS = provincesByRegion();

export interface FormStart {
  travel: boolean;
  lodging: boolean;
  departureProvinceCode: string;
  nights: number;
  note: string;
}

interface Props {
  locale: Locale;
  setting: SupportSetting;
  start: FormStart;
  canWithdraw: boolean;
  /** The draft's name on this phone (one per registration). */
  draftKey: string;
  onSubmit: (body: SupportRequestInput) => void;
}

const sameAs = (a: FormStart, b: FormStart) => JSON.stringify(a) === JSON.stringify(b);

export default function RequestForm(props: Props) {
  const { locale, setting, start, canWithdraw, onSubmit } = props;
  const [v, setV] = useState(start);
  // Nothing changed from where the form starts: no draft worth keeping.
  const draft = useDraft(props.draftKey, v, setV, (values) => sameAs(values, start));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (change: Partial<FormStart>) => setV((prev) => ({ ...prev, ...change }));
  const answer = v.departureProvinceCode
    ? supportEligibility(setting, v.departureProvinceCode, locale)
    : null;
  const policy = setting.policy;

  const send = (travel: boolean, lodging: boolean, withdrawing = false) => {
    const body = {
      travel,
      lodging,
      departureProvinceCode: v.departureProvinceCode || undefined,
      nights: lodging ? v.nights : undefined,
      note: v.note.trim() || undefined,
      locale,
    };
    const checked = validate(SupportRequestSchema, body, locale);
    const found: Record<string, string> = checked.ok
      ? {}
      : Object.fromEntries(checked.errors.map((e) => [e.path, e.message]));
    if (!v.departureProvinceCode && !withdrawing)
      found.departureProvinceCode = t('support:departureHint', undefined, locale);
    if (!travel && !lodging && !withdrawing) found.travel = t('support:nothing', undefined, locale);
    setErrors(found);
    if (checked.ok && Object.keys(found).length === 0) {
      draft.discard();
      onSubmit(checked.value);
    }
  };

  return (
    <form
      class="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send(v.travel, v.lodging);
      }}
    >
      {draft.restored && (
        <div class="notice row" role="status" data-draft-restored>
          <p>{t('support:draftRestored', undefined, locale)}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              draft.discard();
              setV(start);
            }}
          >
            {t('support:draftClear', undefined, locale)}
          </button>
        </div>
      )}
      <fieldset
        class={styles.choices}
        aria-describedby={errors.travel ? 'support-nothing' : undefined}
      >
        <legend>{t('support:askLegend', undefined, locale)}</legend>
        {errors.travel && (
          <p id="support-nothing" class="notice notice--error">
            {errors.travel}
          </p>
        )}
        {(['travel', 'lodging'] as const).map((list) => (
          <label key={list} class={styles.checkbox}>
            <input
              type="checkbox"
              name={list}
              value="true"
              checked={v[list]}
              disabled={!policy?.[list].enabled}
              onChange={(e) => set({ [list]: e.currentTarget.checked })}
            />
            <span>{t(`support:${list}`, undefined, locale)}</span>
          </label>
        ))}
      </fieldset>
      <SelectField
        name="departureProvinceCode"
        label={t('support:departure', undefined, locale)}
        hint={t('support:departureHint', undefined, locale)}
        error={errors.departureProvinceCode}
        value={v.departureProvinceCode}
        onValue={(departureProvinceCode) => set({ departureProvinceCode })}
        required
      >
        <option value="">{t('support:choose', undefined, locale)}</option>
        {GROUPS.map(({ region, provinces }) => (
          <optgroup key={region.code} label={locale === 'ar' ? region.name.ar : region.name.fr}>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {locale === 'ar' ? `${p.name.ar} — ${p.name.fr}` : `${p.name.fr} — ${p.name.ar}`}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      {v.lodging && (
        <TextField
          name="nights"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_NIGHTS}
          label={t('support:nights', undefined, locale)}
          error={errors.nights}
          value={String(v.nights)}
          onValue={(n) => set({ nights: Math.max(1, Math.min(MAX_NIGHTS, Number(n) || 1)) })}
        />
      )}
      <TextAreaField
        name="note"
        label={t('support:note', undefined, locale)}
        rows={3}
        value={v.note}
        onValue={(note) => set({ note })}
        error={errors.note}
      />
      {answer && (
        <section class="stack" aria-labelledby="support-preview">
          <h2 id="support-preview">{t('support:preview', undefined, locale)}</h2>
          <p class={styles.muted}>{t('support:previewNote', undefined, locale)}</p>
          <EligibilityAnswer
            answers={{ travel: answer.travel, lodging: answer.lodging }}
            locale={locale}
          />
        </section>
      )}
      <div class="row">
        <button type="submit" class="button button--big">
          {t('support:send', undefined, locale)}
        </button>
        {canWithdraw && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => send(false, false, true)}
          >
            {t('support:withdraw', undefined, locale)}
          </button>
        )}
      </div>
    </form>
  );
}
