// Reads request bodies on demand (after authentication): at most 1 MiB, JSON-parsed, validated
// with a shared schema. An oversized body is drained before the 413 goes out, so the client
// reads the answer instead of a reset connection.
import type { Context } from 'hono';
import * as v from 'valibot';
import { validate } from '../../shared/schemas/validate';
import { validationMessage, type ValidationMessageKey } from '../../shared/i18n/validationMessages';
import { DomainError } from '../core/domainError';
import type { AppEnv } from './env';
import { jsonTooDeep, pathOfNul } from './hostileInput';
import { requestLocale } from './locale';

export const MAX_BODY_BYTES = 1024 * 1024;
// Past this much we stop draining and let the connection go: nobody sends 64 MiB by mistake.
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

async function readLimited(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Buffer | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size <= limit) chunks.push(value);
    else if (size > MAX_DRAIN_BYTES) {
      await reader.cancel();
      break;
    }
  }
  return size > limit ? null : Buffer.concat(chunks);
}

export async function readBody(c: Context<AppEnv>, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const cached = c.get('rawBody');
  if (cached) return cached;
  const declared = Number(c.req.header('content-length') ?? NaN);
  const stream = c.req.raw.body;
  const body = stream ? await readLimited(stream, limit) : Buffer.alloc(0);
  if (body === null || (Number.isFinite(declared) && declared > limit)) {
    throw new DomainError('payload-too-large');
  }
  c.set('rawBody', body);
  return body;
}

const bodyError = (c: Context<AppEnv>, path: string, key: ValidationMessageKey) =>
  new DomainError('validation', {
    errors: [{ path, message: validationMessage(key, requestLocale(c)) }],
  });

/**
 * The body as JSON; a body that is not JSON, or nests deeper than any of ours, is a validation
 * error on the whole body, and a string carrying U+0000 one on its field.
 */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const text = (await readBody(c)).toString('utf8');
  if (jsonTooDeep(text)) throw bodyError(c, '', 'bodyDepth');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw bodyError(c, '', 'body');
  }
  const locale = (parsed as { locale?: unknown } | null)?.locale;
  if (locale !== undefined) c.set('bodyLocale', locale);
  const nulAt = pathOfNul(parsed);
  if (nulAt !== null) throw bodyError(c, nulAt, 'invalid');
  return parsed;
}

/** Reads and validates the body with a shared schema; field errors in the request's language. */
export async function parseBody<S extends v.GenericSchema>(
  c: Context<AppEnv>,
  schema: S,
): Promise<v.InferOutput<S>> {
  const input = await readJson(c);
  const result = validate(schema, input, requestLocale(c));
  if (!result.ok) throw new DomainError('validation', { errors: result.errors });
  return result.value;
}
