import { describe, expect, it } from 'vitest';
import { parentsFromStt } from './stt.ts';

const parents = (stts: string[]) => {
  const ps = parentsFromStt(stts.map((stt, i) => ({ stt, key: `${i}:${stt}` })));
  return stts.map((s, i) => `${s}<${ps[i]?.split(':')[1] ?? ''}`);
};

describe('STT hierarchy', () => {
  it('nests Roman numerals, numbers, dotted numbers, letters and dashes', () => {
    expect(parents(['I', '1', '1.1', 'a', '-', 'b', '1.2', '2', 'II', '1'])).toEqual([
      'I<',
      '1<I',
      '1.1<1',
      'a<1.1',
      '-<a',
      'b<1.1',
      '1.2<1',
      '2<I',
      'II<',
      '1<II',
    ]);
  });

  it('reads trailing dots and brackets', () => {
    expect(parents(['I.', '1.', '1)', 'a)'])).toEqual(['I.<', '1.<I.', '1)<I.', 'a)<1)']);
  });

  it('puts section letters A, B, C, D above Roman numerals (C and D after B are letters, not 100 and 500)', () => {
    expect(parents(['A', 'I', '1', 'B', 'I', 'C', 'I', 'D'])).toEqual([
      'A<',
      'I<A',
      '1<I',
      'B<',
      'I<B',
      'C<',
      'I<C',
      'D<',
    ]);
  });
});
