// The entry ticket's words in English.
import type ar from '../ar/ticket';

export default {
  title: 'Entry ticket',
  show: 'Show this code at the reception desk on the day. It works even without a connection.',
  qrLabel: 'QR code of {name}’s entry ticket',
  drawing: 'Drawing the code…',
  qrFailed: 'The QR code cannot be drawn on this phone. Give the written code below to the desk.',
  codeLabel: 'If the scan fails, the desk types this code:',
  private: 'Do not share your ticket: it is valid for you only.',
} satisfies Record<keyof typeof ar, string>;
