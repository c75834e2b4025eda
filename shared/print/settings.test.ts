import { describe, expect, it } from 'vitest';
import { defaultSettings, withOverrides } from './settings.ts';

describe('withOverrides', () => {
  const saved = defaultSettings('tỉnh Hậu Giang');

  it('puts a print’s own fields over the saved ones', () => {
    const s = withOverrides(saved, { number: '12', signerName: 'Nguyễn Văn An' });
    expect(s).toEqual({ ...saved, number: '12', signerName: 'Nguyễn Văn An' });
  });

  it('replaces only the prefix of the authority line when given a prefix alone', () => {
    expect(saved.signerAuthority).toBe('KT. GIÁM ĐỐC');
    expect(withOverrides(saved, { signerAuthority: 'Q.' }).signerAuthority).toBe('Q. GIÁM ĐỐC');
    expect(withOverrides(saved, { signerAuthority: 'TM. ỦY BAN NHÂN DÂN' }).signerAuthority).toBe(
      'TM. ỦY BAN NHÂN DÂN',
    );
    expect(withOverrides(saved, { signerAuthority: '' }).signerAuthority).toBe(''); // the head signs
    expect(withOverrides({ ...saved, signerAuthority: '' }, { signerAuthority: 'KT.' }).signerAuthority).toBe('KT.');
  });
});
