import { describe, expect, it } from 'vitest';
import { RosterIndex } from './rosterIndex';
import { person } from './testRoster';

// Names as the seeds' attendance lists write them, with the spellings people type at a desk.
const index = new RosterIndex([
  person('1', { fullName: 'أحمد بنعلي', organization: 'جمعية الأمل للتنمية' }),
  person('2', { fullName: 'فاطمة الزهراء العلوي', organization: 'جمعية نساء الشمال' }),
  person('3', { fullName: 'مصطفى إدريسي', organization: 'المجلس الجهوي' }),
  person('4', { fullName: 'Hélène Dupré', organization: 'Université Abdelmalek Essaâdi' }),
  person('5', { fullName: 'عبد الرحمان السّلاوي', organization: null }),
  person('6', { fullName: 'محمد أحمدي', organization: null }),
]);
const names = (q: string) => index.search(q).hits.map((p) => p.id);

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

  it('answers a keystroke over 5,000 people well within 30 ms', () => {
    const first = ['أحمد', 'محمد', 'فاطمة', 'خديجة', 'يوسف', 'سناء', 'إدريس', 'مريم'];
    const last = ['العلوي', 'بنعلي', 'الإدريسي', 'التازي', 'الفاسي', 'بناني'];
    const many = Array.from({ length: 5000 }, (_, i) =>
      person(String(i), {
        fullName: `${first[i % 8]} ${last[i % 6]} ${i}`,
        organization: `جمعية رقم ${i % 300}`,
      }),
    );
    const big = new RosterIndex(many);
    const started = performance.now();
    for (const q of ['فا', 'فاط', 'فاطم', 'فاطمه', 'فاطمه ا', 'فاطمه ال', 'فاطمه الع'])
      big.search(q);
    expect((performance.now() - started) / 7).toBeLessThan(30);
  });
});
