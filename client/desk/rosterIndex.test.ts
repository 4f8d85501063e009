import { describe, expect, it } from 'vitest';
import { RosterIndex } from './rosterIndex';
import { person } from '../../tests/support/client/testRoster';

// Names as the seeds' attendance lists write them, with the spellings people type at a desk.
const index = new RosterIndex([
  person('1', { fullName: 'أحمد بنعلي', organization: 'جمعية الأمل للتنمية' }),
  person('2', { fullName: 'فاطمة الزهراء العلوي', organization: 'جمعية نساء الشمال' }),
  person('3', { fullName: 'مصطفى إدريسي', organization: 'المجلس الجهوي' }),
  person('4', { fullName: 'Hélène Dupré', organization: 'Université Abdelmalek Essaâdi' }),
  person('5', { fullName: 'عبد الرحمان السّلاوي', organization: null }),
  person('6', { fullName: 'محمد أحمدي', organization: null }),
]);
const names = (q: string) => index.search(q).hits.map((h) => h.person.id);

describe('searching the roster by name or organization', () => {
  it('finds أحمد when typed احمد, and puts names starting with it first', () => {
    expect(names('احمد')).toEqual(['1', '6']);
  });

  it('ignores ta marbuta / ha, alef maqsura / ya and hamza forms', () => {
    expect(names('فاطمه')).toEqual(['2']);
    expect(names('مصطفي ادريسي')).toEqual(['3']);
  });

  it('ignores diacritics and tatweel', () => {
    expect(names('السلاوي')).toEqual(['5']);
    expect(names('عبـــد الرحمان')).toEqual(['5']);
  });

  it('finds Latin names whatever the case and accents', () => {
    expect(names('helene dupre')).toEqual(['4']);
    expect(names('ESSAADI')).toEqual(['4']);
  });

  it('searches organizations too', () => {
    expect(names('جمعيه')).toEqual(['1', '2']);
  });

  it('needs two letters before answering', () => {
    expect(index.search('ا')).toEqual({ hits: [], total: 0 });
  });

  it('finds a person by ticket hash, and forgets the old hash when it changes', () => {
    const copy = new RosterIndex([person('1')]);
    expect(copy.byTicketHash('hash-1')?.id).toBe('1');
    copy.upsert([person('1', { ticketHash: 'new' })]);
    expect(copy.byTicketHash('hash-1')).toBeUndefined();
    expect(copy.byTicketHash('new')?.id).toBe('1');
  });

  it('finds a name written in Arabic by its French spelling, and says where and how it matched', () => {
    const result = index.search('ahmed benali');
    expect(result.hits.map((h) => h.person.id)).toEqual(['1']);
    // فاطمة الزهراء العلوي is no Benali: every typed word must match.
    expect(index.search('fatima benali').total).toBe(0);
    const crossIndex = new RosterIndex([person('7', { fullName: 'فاطمة الزهراء بنعلي' })]);
    const hit = crossIndex.search('fatima benali').hits[0];
    expect(hit?.otherSpelling).toBe(true);
    const name = 'فاطمة الزهراء بنعلي';
    expect(hit?.name.map(([a, b]) => name.slice(a, b))).toEqual(['فاطمة', 'بنعلي']);
  });

  it('marks the words of a same-script match without calling it another spelling', () => {
    const hit = index.search('احمد').hits[0];
    expect(hit?.otherSpelling).toBe(false);
    expect(hit?.name).toEqual([[0, 4]]);
    const org = index.search('جمعيه').hits[0];
    expect(org?.organization).toEqual([[0, 5]]);
  });

  it('keeps the person in the results at every keystroke of their name', () => {
    const roster = new RosterIndex([
      person('k', { fullName: 'نصيرة الخمليشي' }),
      person('x', { fullName: 'نصر الدين الخياطي' }),
      person('y', { fullName: 'Nadia Khalil' }),
    ]);
    // From the third letter: two Latin letters are too few to tell an Arabic name.
    const typed = 'Nassira El Khamlichi';
    for (let i = 3; i <= typed.length; i++) {
      const shown = roster.search(typed.slice(0, i)).hits.map((h) => h.person.id);
      expect(shown, typed.slice(0, i)).toContain('k');
    }
  });

  it('searches ahead when idle without changing what a search finds', () => {
    const roster = new RosterIndex([
      person('a', { fullName: 'أحمد العلوي' }),
      person('b', { fullName: 'Mohamed Ben Ali' }),
    ]);
    const before = roster.search('ahmed').hits.map((h) => h.person.id);
    let runs = 0;
    roster.warmUp((task) => {
      runs++;
      task();
    });
    expect(runs).toBeGreaterThan(5);
    expect(roster.search('ahmed').hits.map((h) => h.person.id)).toEqual(before);
    // A search interrupted by another (a typed word, then the warm-up) still ranks right.
    expect(roster.search('محمد بن علي').hits.map((h) => h.person.id)).toEqual(['b']);
  });
});
