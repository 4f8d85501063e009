// What the search box sends: names and organizations folded the way the server stores them
// (so "احمد" and "أحمد" both find "أحمد", "Idrîssi" finds "Idrissi"), e-mail addresses as
// typed, and phone numbers as digits that match the stored +212… form.
import { foldForSearch } from '../../../shared/search/fold';

const PHONE_LIKE = /^[+\d][\d\s.\-()/]*$/;

export function searchQuery(typed: string): string {
  const text = typed.trim();
  if (!text) return '';
  if (text.includes('@')) return text.toLowerCase();
  if (PHONE_LIKE.test(text)) {
    const digits = text.replace(/\D/g, '');
    // Moroccan numbers are written 06…, 00212 6… or +212 6…; they are stored as +2126….
    if (digits.startsWith('00')) return digits.slice(2);
    if (digits.startsWith('0')) return digits.slice(1);
    return digits;
  }
  return foldForSearch(text);
}
