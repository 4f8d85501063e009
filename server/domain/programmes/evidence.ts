// The evidence pack of a programme (what an OGP self-assessment or the IRM asks to see): the
// timeline with each meeting's counts, participation per meeting and overall with small cells
// hidden (it is meant to leave the organizers), and every proposal with its fate.
import { OPEN_DATA_LICENCE } from '../../../shared/programmes/types';
import type { ReportBasis } from '../../../shared/reports/types';
import { MOROCCO_TZ, instantWithOffset } from '../../../shared/time/zone';
import type { MeetingRow } from '../../db/repositories/meetings';
import type { ProgrammeRow } from '../../db/repositories/programmes';
import type { Deps } from '../../deps';
import type { StaffUser } from '../../core/staffUser';
import type { PublicProgrammeReport } from '../../../shared/api/programmes';
import type { Text } from '../../../shared/schemas/common';
import type { DashboardMeeting, DashboardProposal } from '../../../shared/api/programmes';
import { programmeDashboard } from './dashboard';
import { programmeReport, publicProgrammeReport } from './report';

export interface EvidencePack {
  title: Text;
  extractedAt: string;
  licence: string;
  meetings: DashboardMeeting[];
  overall: PublicProgrammeReport;
  /** Each meeting's report on the same basis, by slug, small cells hidden. */
  perMeeting: Map<string, PublicProgrammeReport>;
  proposals: DashboardProposal[];
}

export async function evidencePack(
  deps: Deps,
  programme: ProgrammeRow,
  meetings: MeetingRow[],
  staff: StaffUser,
  basis: ReportBasis,
): Promise<EvidencePack> {
  const [dashboard, overall, ...each] = await Promise.all([
    programmeDashboard(deps, programme, meetings, staff),
    programmeReport(deps, meetings, basis),
    ...meetings.map((m) => programmeReport(deps, [m], basis)),
  ]);
  return {
    title: dashboard.title,
    extractedAt: instantWithOffset(deps.now(), MOROCCO_TZ),
    licence: `${OPEN_DATA_LICENCE.name} — ${OPEN_DATA_LICENCE.url}`,
    meetings: dashboard.meetings,
    overall: publicProgrammeReport(overall),
    perMeeting: new Map(meetings.map((m, i) => [m.slug, publicProgrammeReport(each[i]!)])),
    proposals: dashboard.proposals,
  };
}
