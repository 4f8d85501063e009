// The public registration form filled in on the page, from the same fields the API takes.
import type { Page } from 'playwright-core';
import type { RegistrationBody } from '../../support/factories/registration';

type FormFields = Pick<RegistrationBody, 'fullName'> &
  Partial<
    Pick<
      RegistrationBody,
      'gender' | 'ageBand' | 'role' | 'organization' | 'provinceCode' | 'email' | 'phone'
    >
  >;

/**
 * Fills the form on the page (not sent): the choices default to a woman of 30–40 from an
 * association in Tétouan, consent is ticked, and e-mail or phone are typed only when given.
 */
export async function fillRegistrationForm(page: Page, fields: FormFields): Promise<void> {
  const { gender = 'female', ageBand = '30-40', role = 'association' } = fields;
  await page.fill('[name=fullName]', fields.fullName);
  await page.check(`input[name=gender][value=${gender}]`, { force: true });
  await page.check(`input[name=ageBand][value="${ageBand}"]`, { force: true });
  await page.check(`input[name=role][value=${role}]`, { force: true });
  if (fields.organization) await page.fill('[name=organization]', fields.organization);
  await page.selectOption('select[name=provinceCode]', fields.provinceCode ?? 'tetouan');
  if (fields.email) await page.fill('[name=email]', fields.email);
  if (fields.phone) await page.fill('[name=phone]', fields.phone);
  await page.check('input[name=consent]', { force: true });
}
