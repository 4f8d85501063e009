import { describe, expect, it } from 'vitest';
import { channelsFor, smsPolicyOfData } from './channels';

const both = { email: 'a@example.ma', phone: '+212612345678' };
const phoneOnly = { email: null, phone: '+212612345678' };
const emailOnly = { email: 'a@example.ma', phone: null };

describe('the channels of a message', () => {
  it('texts a person who gave only a phone, by default', () => {
    expect(channelsFor(phoneOnly, 'phone-only', 'confirmation')).toEqual(['sms']);
  });
  it('e-mails, and does not also text, a person who gave both, by default', () => {
    expect(channelsFor(both, 'phone-only', 'confirmation')).toEqual(['email']);
  });
  it('texts every phone when the meeting says all', () => {
    expect(channelsFor(both, 'all', 'reminder')).toEqual(['email', 'sms']);
    expect(channelsFor(emailOnly, 'all', 'reminder')).toEqual(['email']);
  });
  it('texts no one when SMS are off, leaving a phone-only person unreachable', () => {
    expect(channelsFor(phoneOnly, 'off', 'confirmation')).toEqual([]);
    expect(channelsFor(both, 'off', 'confirmation')).toEqual(['email']);
  });
  it('sends the link again by SMS to a phone-only person', () => {
    expect(channelsFor(phoneOnly, 'phone-only', 'recover')).toEqual(['sms']);
  });
  it('has no SMS for kinds without a text (an acknowledgement, a feedback invitation)', () => {
    expect(channelsFor(phoneOnly, 'all', 'received')).toEqual([]);
    expect(channelsFor(phoneOnly, 'all', 'feedback-invitation')).toEqual([]);
  });
  it('reads a meeting written before SMS existed as phone-only', () => {
    expect(smsPolicyOfData('{"slug":"x"}')).toBe('phone-only');
    expect(smsPolicyOfData('{"sms":"off"}')).toBe('off');
  });
});
