/** The printed proposal's positions appendix through the handler table, in Word (read back from its XML). */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { replacePositions } from '../../db/positions-repo.ts';
import { createHandlers } from './index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { position } from '../../tests/fixtures.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../../tests/temp.ts';

describe('the positions appendix in Word', () => {
  it('lists the merged unit’s joined positions with the template’s columns and totals', async () => {
    const ws = createWorkspace(path.join(tempDir(), 'hg.tinhgon'), sampleMeta(), generateSampleProvince());
    replacePositions(
      ws.db,
      new Map([
        ['HG.SYT.BVLBP', [position('HG.SYT.BVLBP', 'Bác sĩ', 'professional', 10, { present: 9 })]],
        ['HG.SYT.BVTT', [position('HG.SYT.BVTT', 'Bác sĩ', 'professional', 6, { present: 6 })]],
      ]),
    );
    const handlers = createHandlers(ws);
    const call = async <T>(channel: string, args: unknown): Promise<T> => {
      const env = await dispatch(handlers, channel, args);
      if (!env.ok) throw Object.assign(new Error(env.error.key), { error: env.error });
      return env.result as T;
    };
    await call('scenario.import', {
      scenario: {
        name: 'PA',
        operations: [
          {
            type: 'merge',
            year: 2025,
            units: ['HG.SYT.BVLBP', 'HG.SYT.BVTT'],
            into: { code: 'HG.SYT.BVCK', name: 'Bệnh viện Chuyên khoa', kind: 'psu', parentCode: 'HG.SYT' },
          },
        ],
      },
    });
    const docx = await call<{ data: string }>('print.docx', { name: 'PA', type: 'de-an' });
    const file = path.join(tempDir(), 'pa.docx');
    fs.writeFileSync(file, Buffer.from(docx.data, 'base64'));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    const at = text.indexOf('VỊ TRÍ VIỆC LÀM CỦA BỆNH VIỆN CHUYÊN KHOA');
    expect(at).toBeGreaterThan(0);
    const appendix = text.slice(at).split('\n');
    expect(appendix.slice(0, 20)).toEqual(
      expect.arrayContaining(['Nhóm vị trí', 'Ngạch/chức danh nghề nghiệp', 'Số lượng cần', 'Số lượng hiện có']),
    );
    const row = appendix.indexOf('Bác sĩ');
    expect(appendix.slice(row, row + 6)).toEqual(['Bác sĩ', 'Chuyên môn, nghiệp vụ', '', 'Biên chế', '16', '15']);
    // The targets table says what the positions justify beside the public employees' quota target.
    const targets = text.slice(0, at);
    expect(targets).toMatch(/theo VTVL 16 \(chỉ 1\/\d+ đơn vị có vị trí việc làm/);
    ws.close();
  });
});
