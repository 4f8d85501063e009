import { describe, expect, it } from 'vitest';
import type { ProgrammeProposal } from '../../../shared/api/programmes';
import { NO_FILTER, filterProposals, institutionsOf } from './proposalFilter';

const p = (over: Partial<ProgrammeProposal>): ProgrammeProposal => ({
  id: over.id ?? 'x',
  meetingSlug: 'tanger',
  workshopId: null,
  text: 'إحداث منصة إلكترونية للتشاور العمومي',
  status: 'received',
  ...over,
});

const list = [
  p({ id: 'a' }),
  p({ id: 'b', meetingSlug: 'casa', status: 'retained', institution: 'وزارة الداخلية' }),
  p({
    id: 'c',
    meetingSlug: 'casa',
    text: 'Publier les budgets des communes',
    institution: 'Cour des comptes',
  }),
];
const ids = (f: Partial<typeof NO_FILTER>) =>
  filterProposals(list, { ...NO_FILTER, ...f }).map((x) => x.id);

describe('filtering the public proposals', () => {
  it('keeps every proposal without a filter', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });

  it('narrows by meeting, fate and institution together', () => {
    expect(ids({ meeting: 'casa' })).toEqual(['b', 'c']);
    expect(ids({ meeting: 'casa', status: 'retained' })).toEqual(['b']);
    expect(ids({ institution: 'Cour des comptes' })).toEqual(['c']);
  });

  it('finds Arabic typed without hamza or with ta marbuta as ha, and French without accents', () => {
    expect(ids({ query: 'الكترونيه' })).toEqual(['a', 'b']);
    expect(ids({ query: 'COMMUNES publier' })).toEqual(['c']);
    expect(ids({ query: 'داخليه' })).toEqual(['b']);
  });

  it('lists each institution once', () => {
    expect(institutionsOf(list, 'fr')).toHaveLength(2);
  });
});
