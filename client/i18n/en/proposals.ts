// The public proposals page's words in English.
import type ar from '../ar/proposals';

export default {
  title: 'Proposals and their fate',
  intro:
    'The solutions participants proposed are published here, without their names, with what became of each. Every proposal not retained is explained.',
  count: 'Number of proposals: {n}',
  empty: 'No proposals published yet.',
  general: 'General proposals',
  explanation: 'Explanation',
  institution: 'Institution concerned',
  status: 'Fate',
  giveFeedback: 'Give your feedback and proposals',
  meetingPage: 'Meeting page',
  notFound: 'We could not find this meeting. It may not be published yet, or its link changed.',
  'status.received': 'Received',
  'status.under-study': 'Under study',
  'status.retained': 'Retained',
  'status.not-retained': 'Not retained',
} satisfies Record<keyof typeof ar, string>;
