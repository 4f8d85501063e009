// Every public proposal of a programme's meetings (no names, hidden ones and merged duplicates
// left out), and the same as an open-data file with its licence and date of extraction.
import type { ProgrammeProposal, ProposalsOpenData } from '../../../shared/api/programmes';
import { OPEN_DATA_LICENCE } from '../../../shared/programmes/types';
import { MOROCCO_TZ, instantWithOffset } from '../../../shared/time/zone';
import type { MeetingRow } from '../../db/repositories/meetings';
import type { ProgrammeRow } from '../../db/repositories/programmes';
import { proposalRowsOfMeetings } from '../../db/repositories/proposals';
import type { Deps } from '../../deps';
import { toPublicProposal } from '../feedback/proposalView';
import { programmeView } from './view';

export async function programmeProposals(
  deps: Deps,
  meetings: MeetingRow[],
): Promise<ProgrammeProposal[]> {
  const rows = await proposalRowsOfMeetings(
    deps.db.kysely,
    meetings.map((m) => m.id),
    true,
  );
  return rows.map((row) => {
    const { id, ...rest } = toPublicProposal(row);
    return { id, meetingSlug: row.meeting_slug, ...rest };
  });
}

export function proposalsOpenData(
  deps: Deps,
  programme: ProgrammeRow,
  proposals: ProgrammeProposal[],
): ProposalsOpenData {
  const { slug, title } = programmeView(programme, [], deps.now());
  return {
    programme: { slug, title },
    licence: OPEN_DATA_LICENCE,
    extractedAt: instantWithOffset(deps.now(), MOROCCO_TZ),
    proposals,
  };
}
