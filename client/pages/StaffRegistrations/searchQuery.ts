// What the search box sends: names and organizations as typed (the server folds them and
// matches them across scripts with shared/search, which reads letters folding loses, such as a
// final ة), e-mail addresses in lower case, and phone numbers as digits that match the stored
// +212… form.

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
  return text.replace(/\s+/g, ' ');
}
