// Text in the reader's language, or in Arabic when it has no translation, marked with its
// real language so screen readers pronounce it right.
import type { JSX } from 'preact';
import type { Locale } from '../../../shared/enums';
import { directionOf, pickText, type LocalizedText } from '../../i18n';

interface Props {
  text: LocalizedText | string | undefined;
  locale: Locale;
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'div';
  class?: string;
  id?: string;
}

export default function LocalText({ text, locale, as = 'span', class: className, id }: Props) {
  const { value, lang } = pickText(text, locale);
  const Tag = as as unknown as (props: JSX.HTMLAttributes<HTMLElement>) => JSX.Element;
  const foreign = lang !== locale;
  return (
    <Tag
      class={className}
      id={id}
      lang={foreign ? lang : undefined}
      dir={foreign ? directionOf(lang) : undefined}
    >
      {value}
    </Tag>
  );
}
