// A registration as the API shows it to its participant and to organizers.
import type { RegistrationRow } from '../../db/repositories/registrations';

export interface RegistrationView {
  id: string;
  fullName: string;
  gender: string;
  ageBand: string;
  role: string;
  organization: string | null;
  provinceCode: string;
  email: string | null;
  phone: string | null;
  locale: string;
  accessibility: string[];
  accessibilityNote: string | null;
  workshopId: string | null;
  photoConsent: boolean;
  status: string;
  source: string;
  createdAt: string;
  updatedAt: string;
  checkedInAt: string | null;
}

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
    accessibility: JSON.parse(row.accessibility) as string[],
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
