import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../shared/routes';
import { internalTarget, isPlainClick } from './links';

const origin = 'https://liqa.example.ma';
const plain = {
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};

describe('internalTarget', () => {
  it('takes same-origin page links, relative or absolute', () => {
    expect(internalTarget('/m/tanger-2026', origin, '/')).toBe('/m/tanger-2026');
    expect(internalTarget(`${origin}/staff?x=1`, origin, '/')).toBe('/staff?x=1');
    expect(internalTarget('register', origin, '/m/tanger-2026/')).toBe('/m/tanger-2026/register');
  });

  it('leaves other sites, the API and files to the browser', () => {
    expect(internalTarget('https://www.openstreetmap.org/', origin, '/')).toBeNull();
    expect(internalTarget('/api/meetings/x/registrations?format=csv', origin, '/')).toBeNull();
    expect(internalTarget('/icons/icon-512.png', origin, '/')).toBeNull();
  });

  it('leaves in-page jumps (the skip link) to the browser', () => {
    expect(internalTarget('#main', origin, '/m/x')).toBeNull();
    expect(internalTarget('/m/y#main', origin, '/m/x')).toBe('/m/y#main');
  });
});

describe('isPlainClick', () => {
  it('ignores modified and middle clicks', () => {
    expect(isPlainClick(plain)).toBe(true);
    expect(isPlainClick({ ...plain, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
    expect(isPlainClick({ ...plain, defaultPrevented: true })).toBe(false);
  });
});

describe('matchRoute (the pages the router knows)', () => {
  it('matches the poster addresses with their parameters', () => {
    expect(matchRoute('/m/tanger-2026')).toEqual({
      route: '/m/:slug',
      params: { slug: 'tanger-2026' },
    });
    expect(matchRoute('/m/tanger-2026/register/')).toEqual({
      route: '/m/:slug/register',
      params: { slug: 'tanger-2026' },
    });
    expect(matchRoute('/staff/m/x/edit')?.route).toBe('/staff/m/:slug/edit');
  });

  it('knows no other address', () => {
    expect(matchRoute('/nowhere')).toBeNull();
    expect(matchRoute('/m')).toBeNull();
  });
});
