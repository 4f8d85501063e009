// The lists the support committee signs, as a file: ranks, distances and nights as numbers.
import type { SupportList, SupportListItem } from '../../shared/api/support';
import { exportLabels, labelOf, provinceName } from './labels';
import type { ExportColumn, ExportContext } from './table';

export type SupportExportRow = SupportListItem & { list: SupportList };

export function supportColumns(ctx: ExportContext): ExportColumn<SupportExportRow>[] {
  const l = exportLabels(ctx.locale);
  const h = l.headings.support as Record<string, string>;
  const yesNo = (value: boolean) => (value ? l.yes : l.no);
  const column = (
    key: string,
    value: ExportColumn<SupportExportRow>['value'],
    kind?: ExportColumn<SupportExportRow>['kind'],
  ): ExportColumn<SupportExportRow> => ({ heading: h[key] ?? key, value, kind });
  return [
    column('list', (r) => labelOf(l.supportList, r.list)),
    column('rank', (r) => r.rank, 'number'),
    column('fullName', (r) => r.fullName),
    column('organization', (r) => r.organization),
    column('province', (r) => provinceName(r.provinceCode, ctx.locale)),
    column('distanceKm', (r) => r.distanceKm, 'number'),
    column('nights', (r) => r.nights, 'number'),
    column('priority', (r) => yesNo(r.priority)),
    column('eligible', (r) => yesNo(r.eligible)),
    column('withinBudget', (r) => yesNo(r.withinBudget)),
    column('decision', (r) => labelOf(l.decision, r.decision)),
    // Left empty for the committee's signature on the printed list.
    { heading: h.signature ?? 'signature', value: () => '', width: 20 },
  ];
}
