import { describe, expect, it } from 'vitest';
import smpp from 'smpp';
import { segmentSms, smsLength } from './segments';

describe('cutting an SMS', () => {
  it('sends a short Arabic text as one UCS-2 SMS of up to 70 characters', () => {
    const text = 'لقاء تطوان: تم تأكيد مقعدك. الرمز 7KQ2-M9XD';
    const sms = segmentSms(text, 1);
    expect(sms).toMatchObject({ encoding: 'ucs2', dataCoding: 0x08 });
    expect(sms.parts).toHaveLength(1);
    expect(sms.parts[0]?.udh).toBeNull();
    expect(sms.parts[0]?.body.length).toBe(text.length * 2);
  });

  it('sends a French text without accents outside GSM as one 7-bit SMS of up to 160', () => {
    const text = 'Liqa Tetouan : votre place est confirmée. Code 7KQ2-M9XD';
    const sms = segmentSms(text, 1);
    expect(sms.encoding).toBe('gsm7');
    expect(sms.parts).toHaveLength(1);
    expect(smpp.gsmCoder.decode(sms.parts[0]?.body as Buffer, 0)).toBe(text);
  });

  it('cuts a longer Arabic text into 67-character parts with one concatenation reference', () => {
    const text = 'ا'.repeat(71) + ' https://liqa.ma/r/abc';
    const sms = segmentSms(text, 42);
    expect(sms.parts.map((p) => [...p.text].length)).toEqual([67, 26]);
    expect(sms.parts.map((p) => [...(p.udh as Buffer)])).toEqual([
      [0x05, 0x00, 0x03, 42, 2, 1],
      [0x05, 0x00, 0x03, 42, 2, 2],
    ]);
    expect(sms.parts.map((p) => p.text).join('')).toBe(text);
  });

  it('counts a GSM extension character as two and cuts at 153', () => {
    expect(smsLength('€')).toEqual({ encoding: 'gsm7', units: 2 });
    const sms = segmentSms('a'.repeat(152) + '€' + 'b'.repeat(10), 3);
    // The euro sign does not fit in the first part's last septet: it starts the second.
    expect(sms.parts.map((p) => p.text.length)).toEqual([152, 11]);
  });

  it('never splits an emoji (a surrogate pair) across two parts', () => {
    const sms = segmentSms('ا'.repeat(66) + '🙂' + 'ب'.repeat(10), 5);
    expect(sms.parts[0]?.text).toBe('ا'.repeat(66));
    expect(sms.parts[1]?.text.startsWith('🙂')).toBe(true);
  });
});
