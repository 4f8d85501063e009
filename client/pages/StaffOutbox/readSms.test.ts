import { describe, expect, it } from 'vitest';
import { readSms } from './readSms';

describe('reading an SMS file', () => {
  it('gives the envelope and the text as the phone shows it', () => {
    const raw = [
      'To: +212612345678',
      'From: Liqa',
      'Date: 2026-11-23T10:00:00.000Z',
      'Encoding: UCS-2',
      'Parts: 2',
      '',
      'لقاء: مقعدك مؤكد.',
      'https://liqa.ma/r/1#t',
      '',
    ].join('\n');
    expect(readSms(raw)).toEqual({
      to: '+212612345678',
      from: 'Liqa',
      date: '2026-11-23T10:00:00.000Z',
      encoding: 'UCS-2',
      parts: 2,
      text: 'لقاء: مقعدك مؤكد.\nhttps://liqa.ma/r/1#t',
    });
  });
});
