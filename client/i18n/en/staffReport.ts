// The participant report screen's words in English.
import type ar from '../ar/staffReport';

export default {
  title: 'Participant report',
  basis: 'Who to count',
  'basis.attended': 'Attended (checked in)',
  'basis.accepted': 'Accepted',
  'basis.registered': 'Everyone registered except cancellations',
  print: 'Print / PDF',
  files: 'Download the tables',
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  hideSmall: 'Hide cells of fewer than 3 people (to share outside the organizing team)',
  updating: 'Updating…',
  back: 'Back to the meeting',
  notFound: 'This meeting could not be found.',
} satisfies Record<keyof typeof ar, string>;
