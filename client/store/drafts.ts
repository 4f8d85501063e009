// Drafts: what a person has typed into a form and not sent yet, kept on the device (the `meta`
// store) as they type, so a reload, an app update or a closed tab loses nothing. A draft is
// removed once its form is sent, or when the person clears the form.
import { deleteMeta, getMeta, setMeta } from './meta';

const keyOf = (form: string) => `draft:${form}`;

export function loadDraft<T>(form: string): Promise<T | undefined> {
  return getMeta<T>(keyOf(form));
}

export function saveDraft(form: string, values: unknown): Promise<void> {
  return setMeta(keyOf(form), values);
}

export function clearDraft(form: string): Promise<void> {
  return deleteMeta(keyOf(form));
}
