// Slug, titles and descriptions.
import { t, type WordOf } from '../../i18n';
import { TextAreaField, TextField } from '../../components/Field';
import { ProgrammePicker } from './ProgrammePicker';
import { Section, type SectionProps } from './Section';
import styles from './MeetingForm.module.css';

export function GeneralSection({ values, set, errors, locale }: SectionProps) {
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, undefined, locale);
  return (
    <Section legend={l('form.general')}>
      <TextField
        name="slug"
        label={l('form.slug')}
        hint={l('form.slugHint')}
        dir="ltr"
        autocomplete="off"
        spellcheck={false}
        required
        value={values.slug}
        onValue={(slug) => set({ slug })}
        error={errors.slug}
      />
      <TextField
        name="title.ar"
        lang="ar"
        dir="rtl"
        required
        label={l('form.titleAr')}
        value={values.titleAr}
        onValue={(titleAr) => set({ titleAr })}
        error={errors['title.ar']}
      />
      <div class={styles.pair}>
        <TextField
          name="title.fr"
          lang="fr"
          dir="ltr"
          label={l('form.titleFr')}
          value={values.titleFr}
          onValue={(titleFr) => set({ titleFr })}
          error={errors['title.fr']}
        />
        <TextField
          name="title.en"
          lang="en"
          dir="ltr"
          label={l('form.titleEn')}
          value={values.titleEn}
          onValue={(titleEn) => set({ titleEn })}
          error={errors['title.en']}
        />
      </div>
      <TextAreaField
        name="description.ar"
        lang="ar"
        dir="rtl"
        label={l('form.descriptionAr')}
        value={values.descriptionAr}
        onValue={(descriptionAr) => set({ descriptionAr })}
        error={errors['description.ar'] ?? errors.description}
      />
      <TextAreaField
        name="description.fr"
        lang="fr"
        dir="ltr"
        label={l('form.descriptionFr')}
        value={values.descriptionFr}
        onValue={(descriptionFr) => set({ descriptionFr })}
        error={errors['description.fr']}
      />
      <ProgrammePicker values={values} set={set} errors={errors} locale={locale} />
    </Section>
  );
}
