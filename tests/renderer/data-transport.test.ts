/** A lost connection is told apart from a refusal of the back end: only the former is a TransportError. */
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  TransportError,
  envelopeOverHttp,
  envelopeOverIpc,
  isTransportError,
  unwrap,
} from '../../renderer/src/data/transport.ts';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const refusal = { ok: false, error: { kind: 'validation', key: 'err.invalid', params: {}, issues: [] } };

describe('transport or envelope', () => {
  it('a fetch that rejects (server gone) is a TransportError, never an error envelope', async () => {
    const err = await envelopeOverHttp(() => Promise.reject(new TypeError('Failed to fetch'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(isTransportError(err)).toBe(true);
  });

  it('an answer cut while it was read is a TransportError', async () => {
    const cut = new Response('{"ok":tr', { headers: { 'content-type': 'application/json' } });
    await expect(envelopeOverHttp(() => Promise.resolve(cut))).rejects.toBeInstanceOf(TransportError);
  });

  it('a gateway answering for a server on its way down is a TransportError', async () => {
    await expect(
      envelopeOverHttp(() => Promise.resolve(new Response('bad gateway', { status: 502 }))),
    ).rejects.toBeInstanceOf(TransportError);
  });

  it("the back end's refusal is an envelope, unwrapped as an ApiError with its key", async () => {
    const envelope = await envelopeOverHttp(() => Promise.resolve(json(refusal, 400)));
    expect(envelope).toEqual(refusal);
    const err = (() => {
      try {
        return unwrap(envelope);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ApiError);
    expect(isTransportError(err)).toBe(false);
    expect((err as ApiError).error.key).toBe('err.invalid');
  });

  it('a missing token and an answer that is not JSON are refusals said in words, not lost connections', async () => {
    expect(await envelopeOverHttp(() => Promise.resolve(new Response('no', { status: 401 })))).toMatchObject({
      ok: false,
      error: { key: 'err.noAccessCode' },
    });
    expect(await envelopeOverHttp(() => Promise.resolve(new Response('oops', { status: 400 })))).toMatchObject({
      ok: false,
      error: { key: 'err.badRequest', params: { detail: 'HTTP 400: oops' } },
    });
  });

  it('a result comes through', async () => {
    expect(unwrap(await envelopeOverHttp(() => Promise.resolve(json({ ok: true, result: { n: 1 } }))))).toEqual({
      n: 1,
    });
  });

  it('IPC to a back end that is gone is a TransportError; its answers are envelopes', async () => {
    await expect(envelopeOverIpc(() => Promise.reject(new Error('port closed')))).rejects.toBeInstanceOf(
      TransportError,
    );
    expect(await envelopeOverIpc(() => Promise.resolve(refusal as never))).toEqual(refusal);
  });
});
