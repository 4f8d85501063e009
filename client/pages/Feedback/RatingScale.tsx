// One rating as five large boxes (1 very poor … 5 excellent): native radio buttons, named after
// the API field, each read out as "4 — good"; optional ratings may be left without a score.
import type { Locale } from '../../../shared/enums';
import type { RatingKey } from '../../../shared/schemas/feedback';
import { FieldMessages, describedBy } from '../../components/Field';
import styles from './Feedback.module.css';
import { t } from '../../i18n';

interface Props {
  rating: RatingKey;
  locale: Locale;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  optional?: boolean;
}

const SCORES = ['1', '2', '3', '4', '5'] as const;

export default function RatingScale({ rating, locale, value, onChange, error, optional }: Props) {
  const name = `ratings.${rating}`;
  const radio = (score: string) => ({
    type: 'radio' as const,
    name,
    value: score,
    checked: value === score,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(name, undefined, error),
    onChange: () => onChange(score),
  });
  return (
    <fieldset class={styles.scale}>
      <legend>{t(`feedback:rating.${rating}`, undefined, locale)}</legend>
      <FieldMessages name={name} error={error} />
      <div class={styles.scores}>
        {SCORES.map((score) => (
          <label key={score} class={styles.score}>
            <input {...radio(score)} />
            <span class={styles.digit} aria-hidden="true">
              {score}
            </span>
            <span class="visually-hidden">{score} — </span>
            <span class={styles.word}>{t(`feedback:score.${score}`, undefined, locale)}</span>
          </label>
        ))}
      </div>
      {optional && (
        <label class={styles.noScore}>
          <input {...radio('')} />
          <span>{t('feedback:noScore', undefined, locale)}</span>
        </label>
      )}
    </fieldset>
  );
}
