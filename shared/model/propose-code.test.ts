import { describe, expect, it } from 'vitest';
import { newCodeProblem, proposeUnitCode } from './propose-code.ts';

describe('proposeUnitCode', () => {
  it('follows the numbered siblings: one more than the highest, as wide', () => {
    expect(proposeUnitCode('HG.SYT', ['HG', 'HG.SYT', 'HG.SYT.01', 'HG.SYT.06', 'HG.SYT.BVTT'])).toBe('HG.SYT.07');
    expect(proposeUnitCode('HG.SYT', ['HG.SYT.009', 'HG.SYT.010'])).toBe('HG.SYT.011');
  });
  it('starts at 01 under a parent whose children have no numbers, and skips a code in use', () => {
    expect(proposeUnitCode('HG.SYT', ['HG', 'HG.SYT', 'HG.SYT.BVTT', 'HG.SYT.CCDS'])).toBe('HG.SYT.01');
    expect(proposeUnitCode('HG.SYT', ['HG.SYT.05', 'HG.SYT.06'].concat('HG.SYT.07'))).toBe('HG.SYT.08');
  });
  it('ignores deeper codes and codes of other parents', () => {
    expect(proposeUnitCode('HG.SYT', ['HG.SYT.BV.09', 'HG.SYTX.04', 'HG.SNV.05'])).toBe('HG.SYT.01');
  });
  it("follows the lettered series of the parent's units of the same kind (its phòng P01…P05 → P06)", () => {
    const taken = ['CT.SYT', 'CT.SYT.P01', 'CT.SYT.P02', 'CT.SYT.P05', 'CT.SYT.CDC', 'CT.SYT.TTYT1', 'CT.SYT.TTYT2'];
    expect(proposeUnitCode('CT.SYT', taken, ['CT.SYT.P01', 'CT.SYT.P02', 'CT.SYT.P05'])).toBe('CT.SYT.P06');
    // Units of a kind whose codes are not numbered after letters: the plain numbered code.
    expect(proposeUnitCode('CT.SYT', taken, ['CT.SYT.CDC'])).toBe('CT.SYT.01');
    expect(proposeUnitCode('CT.SYT', taken)).toBe('CT.SYT.01');
    // The most used letters; a code in use skipped.
    expect(proposeUnitCode('CT.SYT', [...taken, 'CT.SYT.TTYT3'], ['CT.SYT.TTYT1', 'CT.SYT.TTYT2', 'CT.SYT.P01'])).toBe(
      'CT.SYT.TTYT4',
    );
  });
  it('at the top: under the codes’ common first segment, or a fresh prefix', () => {
    expect(proposeUnitCode(null, ['HG', 'HG.SYT', 'HG.03'])).toBe('HG.04');
    expect(proposeUnitCode(null, ['HG', 'CT'])).toBe('DV01');
  });
});

describe('newCodeProblem', () => {
  const inUse = new Map([['HG.SYT', 'Sở Y tế']]);
  it('names the unit holding a code in use', () => {
    expect(newCodeProblem(' HG.SYT ', inUse)).toEqual({
      key: 'err.codeInUse',
      params: { code: 'HG.SYT', name: 'Sở Y tế' },
    });
  });
  it('refuses an empty code and one with a space; takes a free one', () => {
    expect(newCodeProblem('  ', inUse)?.key).toBe('err.codeRequired');
    expect(newCodeProblem('HG SYT', inUse)?.key).toBe('err.codeFormat');
    expect(newCodeProblem('HG.SYT.07', inUse)).toBeNull();
  });
});
