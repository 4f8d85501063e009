// A registration row as the API shows it to its participant and to organizers.
import type { AccessibilityNeed } from '../../../shared/enums';
import type { RegistrationView } from '../../../shared/api/registrations';
import type { RegistrationRow } from '../../db/repositories/registrations';

export function toRegistrationView(row: RegistrationRow): RegistrationView {
  return {
    id: row.id,
    fullName: row.full_name,
    gender: row.gender,
    ageBand: row.age_band,
    role: row.role,
    organization: row.organization,
    provinceCode: row.province_code,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    accessibility: JSON.parse(row.accessibility) as AccessibilityNeed[],
    accessibilityNote: row.accessibility_note,
    workshopId: row.workshop_id,
    photoConsent: row.photo_consent === 1,
    status: row.status,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    checkedInAt: row.checked_in_at,
  };
}
