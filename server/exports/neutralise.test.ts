import { describe, expect, it } from 'vitest';
import { neutraliseCsv } from './neutralise';

describe('a cell a spreadsheet would run', () => {
  it.each(['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'gets a leading apostrophe: %j',
    (text) => expect(neutraliseCsv(text)).toBe(`'${text}`),
  );

  it.each(['فاطمة الزهراء', 'Hélène', 'a=b', '0612345678', ''])('is left alone: %j', (text) =>
    expect(neutraliseCsv(text)).toBe(text),
  );
});
