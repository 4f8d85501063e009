// The HTTP foundation: health, the one error shape, body limits, security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/support/harness';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe('the HTTP foundation', () => {
  it('answers health once the database answers', async () => {
    const { status, body } = await s.json('GET', '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true });
  });

  it('answers an unknown API path with a not-found problem', async () => {
    const res = await s.call('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 404, code: 'not-found' });
  });

  it('refuses a body that is not JSON with a validation problem, in French when asked', async () => {
    const token = await s.tokenFor('organizer');
    const res = await s.call('POST', '/api/meetings', {
      token,
      body: '{"slug": ',
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
    });
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.code).toBe('validation');
    expect(problem.errors[0].message).toMatch(/JSON/);
    expect(problem.title).toMatch(/informations/);
  });

  it('answers 413 to a body over 1 MiB announced by Content-Length', async () => {
    const token = await s.tokenFor('organizer');
    const res = await s.call('POST', '/api/meetings', { token, body: 'x'.repeat(1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('payload-too-large');
  });

  it('answers 413 to a chunked body that grows past 1 MiB', async () => {
    const token = await s.tokenFor('organizer');
    const chunk = new Uint8Array(64 * 1024).fill(32);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 40) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const res = await s.app.request('/api/meetings', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBe(40); // drained to the end, not cut off
  });

  it('checks who is asking before reading the body', async () => {
    const res = await s.call('POST', '/api/meetings', { body: '{not json' });
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('unauthorized');
  });

  it('answers the API with a content security policy that allows nothing, and other secure headers', async () => {
    const res = await s.call('GET', '/api/health');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    // Rules for pages only (camera, windows opened) are not sent with data.
    expect(res.headers.get('permissions-policy')).toBeNull();
  });

  it('never answers with a stack trace, whatever the input', async () => {
    const token = await s.tokenFor('organizer');
    const bodies = [
      'null',
      '[]',
      '"text"',
      '42',
      '{"slug":{"$gt":""}}',
      '{"title":null}',
      '\u0000',
    ];
    for (const body of bodies) {
      const res = await s.call('POST', '/api/meetings', { token, body });
      expect(res.status).toBe(422);
      expect(await res.text()).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
