import { describe, expect, it } from 'vitest';
import { segments, smartQuotes } from './typeset.ts';

describe('typesetting printed text', () => {
  it('makes paired straight quotes typographic', () => {
    expect(smartQuotes('phương án "PA 1" và "PA 2"')).toBe('phương án “PA 1” và “PA 2”');
    expect(smartQuotes('một dấu " lẻ')).toBe('một dấu " lẻ');
  });

  it('keeps document numbers and periods of years whole, and nothing else', () => {
    const kept = (s: string) =>
      segments(s)
        .filter((g) => g.keep)
        .map((g) => g.text);
    expect(kept('Số: 05/ĐA-SNV')).toEqual(['05/ĐA-SNV']);
    expect(kept('Nghị định số 120/2020/NĐ-CP ngày 07/10/2020; Nghị quyết 19-NQ/TW')).toEqual([
      '120/2020/NĐ-CP',
      '19-NQ/TW',
    ]);
    expect(kept('giai đoạn 2021–2030, 2021 - 2025 và 2026-2030')).toEqual(['2021–2030', '2021 - 2025', '2026-2030']);
    expect(kept('Độc lập - Tự do - Hạnh phúc; ra − tuyển')).toEqual([]);
    expect(
      segments('a "b" 2021–2030.')
        .map((g) => g.text)
        .join(''),
    ).toBe('a “b” 2021–2030.');
  });
});
