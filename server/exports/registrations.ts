// The organizer's registration list as a file: every column a person can read, codes as labels.
import { regionOfProvince } from '../../shared/geo';
import type { Text } from '../../shared/schemas/common';
import type { RegistrationView } from '../../shared/api/registrations';
import { exportLabels, labelOf, provinceName, regionName, textIn } from './labels';
import type { ExportColumn, ExportContext } from './table';

export interface Workshop {
  id: string;
  title: Text;
}

export function registrationColumns(
  ctx: ExportContext,
  workshops: Workshop[],
): ExportColumn<RegistrationView>[] {
  const l = exportLabels(ctx.locale);
  const h = l.headings.registrations as Record<string, string>;
  const workshopTitle = new Map(workshops.map((w) => [w.id, textIn(w.title, ctx.locale)]));
  const column = (
    key: string,
    value: ExportColumn<RegistrationView>['value'],
    kind?: ExportColumn<RegistrationView>['kind'],
  ): ExportColumn<RegistrationView> => ({ heading: h[key] ?? key, value, kind });
  return [
    column('fullName', (r) => r.fullName),
    column('gender', (r) => labelOf(l.gender, r.gender)),
    column('ageBand', (r) => labelOf(l.ageBand, r.ageBand)),
    column('role', (r) => labelOf(l.role, r.role)),
    column('organization', (r) => r.organization),
    column('province', (r) => provinceName(r.provinceCode, ctx.locale)),
    column('region', (r) => {
      const region = regionOfProvince(r.provinceCode);
      return region ? regionName(region.code, ctx.locale) : '';
    }),
    column('email', (r) => r.email),
    column('phone', (r) => r.phone),
    column('workshop', (r) =>
      r.workshopId ? (workshopTitle.get(r.workshopId) ?? r.workshopId) : '',
    ),
    column('accessibility', (r) =>
      r.accessibility.map((n) => labelOf(l.accessibility, n)).join('\n'),
    ),
    column('accessibilityNote', (r) => r.accessibilityNote),
    column('status', (r) => labelOf(l.status, r.status)),
    column('source', (r) => labelOf(l.source, r.source)),
    column('createdAt', (r) => r.createdAt, 'datetime'),
    column('checkedInAt', (r) => r.checkedInAt, 'datetime'),
    column('language', (r) => labelOf(l.language, r.locale)),
    column('id', (r) => r.id),
  ];
}
