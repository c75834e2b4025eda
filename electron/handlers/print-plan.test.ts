/**
 * Issue 20 part B through the handler table, read back from the PDF (pdftotext) and the .docx
 * (document.xml): the draft decision, the tờ trình body within 2–4 pages for the sample plan and a
 * 5,000-unit plan, the đề án's per-operation and finance sections, the appendices the officer chose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { createHandlers } from './index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { checkResult } from '../../tests/handler-harness.ts';
import { isChannel, type ProposalView } from '../../shared/contract/index.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import { benchOperations } from '../../tests/bench/operations.ts';
import type { Unit } from '../../shared/model/unit.ts';
import { readPdf } from '../../tests/pdf.ts';
import { tempDir } from '../../tests/temp.ts';
import { APP_ROOT } from '../paths.ts';

const PLAN = {
  name: 'Sắp xếp y tế',
  operations: [
    {
      type: 'merge',
      year: 2025,
      units: ['HG.SYT.BVLBP', 'HG.SYT.BVTT'],
      into: { code: 'HG.SYT.BVCK', name: 'Bệnh viện Chuyên khoa', kind: 'psu', parentCode: 'HG.SYT' },
    },
    { type: 'dissolve', year: 2026, unit: 'HG.SYT.BVYHCT', staffTo: null },
  ],
};

async function workspace(file: string, meta: Parameters<typeof createWorkspace>[1], units: Unit[], plan: object) {
  const ws = createWorkspace(file, meta, units);
  const handlers = createHandlers(ws);
  const call = async <T>(channel: string, args: unknown): Promise<T> => {
    const env = await dispatch(handlers, channel, args);
    if (!env.ok) throw Object.assign(new Error(env.error.key), { error: env.error });
    if (isChannel(channel)) checkResult(channel, env.result);
    return env.result as T;
  };
  await call('scenario.import', { scenario: plan });
  return { ws, call };
}
const sample = () => workspace(path.join(tempDir(), 'hg.tinhgon'), sampleMeta(), generateSampleProvince(), PLAN);

type File = { fileName: string; data: string };
const save = (dir: string, name: string, file: File) => {
  const out = path.join(dir, name);
  fs.writeFileSync(out, Buffer.from(file.data, 'base64'));
  fs.mkdirSync(path.join(APP_ROOT, 'test-results'), { recursive: true });
  fs.copyFileSync(out, path.join(APP_ROOT, 'test-results', `print-plan-${name}`));
  return out;
};
const docxText = (file: string) => {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
};
/** The pages before the first appendix's "Phụ lục …" heading line. */
const bodyPages = (pages: string[]) => {
  const i = pages.findIndex((p) => p.split('\n').some((l) => /^Phụ lục [IVX]+$/.test(l.trim())));
  return i < 0 ? pages.length : i;
};

describe('the draft decision', () => {
  it(
    'prints as a Quyết định of the People’s Committee to PDF and Word, named quyet-dinh-…',
    { timeout: 180_000 },
    async () => {
      const { ws, call } = await sample();
      const dir = tempDir();
      const pdfFile = await call<File>('print.pdf', { name: PLAN.name, type: 'quyet-dinh' });
      expect(pdfFile.fileName).toBe('quyet-dinh-sap-xep-y-te.pdf');
      const pdf = readPdf(save(dir, 'qd.pdf', pdfFile));
      const one = pdf.pages[0]!.split('\n').map((l) => l.trim().replace(/\s{2,}/g, ' | '));
      expect(one[0]).toBe('ỦY BAN NHÂN DÂN TỈNH HẬU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(one.find((l) => l.startsWith('Số:'))).toMatch(
        /^Số: \| \/QĐ-UBND \| Hậu Giang, ngày \| tháng \| năm \d{4}$/,
      );
      const all = pdf.pages.join('\n');
      for (const s of [
        'QUYẾT ĐỊNH',
        'Phê duyệt Đề án sắp xếp tổ chức bộ máy',
        'QUYẾT ĐỊNH:',
        'Điều 1.',
        'Điều 2.',
        'Điều 3.',
      ])
        expect(all).toContain(s);
      expect(all).toMatch(/Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số\s+\/TTr-SNV/);
      expect(all).toMatch(/Nơi nhận:\s+TM\. ỦY BAN NHÂN DÂN/);
      expect(all).toMatch(/- Như Điều 3;\s+CHỦ TỊCH/);
      expect(all).toContain('DANH MỤC CÁC NỘI DUNG SẮP XẾP THEO NĂM');
      expect(all).toMatch(/\(Kèm theo Quyết định số\s+\/QĐ-UBND/);

      const text = docxText(
        save(dir, 'qd.docx', await call<File>('print.docx', { name: PLAN.name, type: 'quyet-dinh' })),
      );
      for (const s of [
        'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG',
        'QUYẾT ĐỊNH',
        'QUYẾT ĐỊNH:',
        '- Như Điều 3;',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
      ])
        expect(text).toContain(s);
      expect(text).toMatch(/Điều 1\. Phê duyệt Đề án sắp xếp tổ chức bộ máy/);
      ws.close();
    },
  );
});

describe('the tờ trình body stays at 2–4 pages', () => {
  it('for the sample plan: its sections in the PDF, the operations in an appendix', { timeout: 180_000 }, async () => {
    const { ws, call } = await sample();
    const pdf = readPdf(
      save(tempDir(), 'tt.pdf', await call<File>('print.pdf', { name: PLAN.name, type: 'to-trinh' })),
    );
    const body = bodyPages(pdf.pages);
    expect(body).toBeGreaterThanOrEqual(2);
    expect(body).toBeLessThanOrEqual(4);
    const text = pdf.pages.slice(0, body).join('\n');
    for (const s of [
      'QUÁ TRÌNH XÂY DỰNG ĐỀ ÁN',
      'NỘI DUNG CHÍNH CỦA ĐỀ ÁN',
      'NHỮNG VẤN ĐỀ CÒN CÓ Ý KIẾN KHÁC NHAU',
      'Hồ sơ kèm theo:',
    ])
      expect(text).toContain(s);
    expect(text).toMatch(/Phương án gồm 2 nội dung: 1 hợp nhất, 1 giải thể \(chi tiết tại Phụ lục I\)/);
    expect(text).not.toContain('Nội dung sắp xếp'); // the operations table's header: in the appendix only
    // The enclosed documents as the editor starts from them: the attached appendices among them.
    const view = await call<ProposalView>('print.get', { name: PLAN.name, type: 'to-trinh' });
    expect(view.sectionKeys).toEqual([
      'necessity',
      'drafting',
      'objectives',
      'funding',
      'opinions',
      'request',
      'enclosures',
    ]);
    expect(view.sections.enclosures).toBe(view.templates.enclosures);
    expect(view.sections.enclosures).toContain('- Phụ lục I: Danh mục các nội dung sắp xếp theo năm;');
    // Another choice of appendices, the sections sent back as shown: the list follows the new choice, nothing stored as edited.
    const saved = await call<ProposalView>('print.save', {
      name: PLAN.name,
      type: 'to-trinh',
      settings: {
        ...view.settings,
        sections: view.sections,
        appendices: { 'to-trinh': [{ key: 'units', on: true }] },
      },
    });
    const stored = JSON.parse(ws.db.prepare('SELECT settings FROM proposals').pluck().get() as string);
    expect(stored.sections).toEqual({});
    expect(saved.sections.enclosures).toContain('- Phụ lục I: Danh sách cơ quan, đơn vị trước và sau sắp xếp.');
    expect(saved.sections.enclosures).not.toContain('Danh mục các nội dung sắp xếp');
    ws.close();
  });

  it('for a 5,000-unit plan with 500 operations', { timeout: 600_000 }, async () => {
    const units = generateUnits(5_000, 1);
    const meta = { provinceName: 'Bench', baseYear: 2021, provinceClass: 'class2' as const, isSample: true };
    const { ws, call } = await workspace(path.join(tempDir(), 'big.tinhgon'), meta, units, {
      name: 'Lớn',
      operations: benchOperations(units, 500, 2021, 2030),
    });
    const pdf = readPdf(
      save(tempDir(), 'tt-5000.pdf', await call<File>('print.pdf', { name: 'Lớn', type: 'to-trinh' })),
    );
    const body = bodyPages(pdf.pages);
    expect(body).toBeGreaterThanOrEqual(2);
    expect(body).toBeLessThanOrEqual(4);
    ws.close();
  });
});

describe('the đề án and the appendices the officer chooses', () => {
  it(
    'prints the Phương án per operation and the finance sections; the appendices chosen, in order, referred to by number',
    { timeout: 180_000 },
    async () => {
      const { ws, call } = await sample();
      const view = await call<ProposalView>('print.get', { name: PLAN.name, type: 'de-an' });
      expect(view.appendices.map((a) => [a.key, a.on])).toEqual([
        ['chart', true],
        ['units', true],
        ['groups', true],
        ['findings', true],
        ['positions', true],
        ['operations', false],
        ['roadmap', false],
      ]);
      expect(view.operations.map((o) => o.title)).toEqual([
        expect.stringMatching(/^Hợp nhất .* thành Bệnh viện Chuyên khoa \(2025\)$/),
        expect.stringMatching(/^Giải thể .* \(2026\)$/),
      ]);
      const [merge] = view.operations;
      const saved = await call<ProposalView>('print.save', {
        name: PLAN.name,
        type: 'de-an',
        settings: {
          ...view.settings,
          appendices: {
            'de-an': [
              { key: 'units', on: true },
              { key: 'chart', on: false },
              { key: 'operations', on: true },
            ],
          },
          operationSections: {
            [merge!.key]: { headquarters: 'Trụ sở chính tại Bệnh viện Lê Bình Phương.', staff: merge!.templates.staff },
          },
          otherCosts: [{ label: 'Sửa chữa trụ sở', amount: 150_000_000 }],
        },
      });
      // Only what the officer changed is kept; the rest follows the plan.
      const stored = JSON.parse(ws.db.prepare('SELECT settings FROM proposals').pluck().get() as string);
      expect(stored.operationSections).toEqual({
        [merge!.key]: { headquarters: 'Trụ sở chính tại Bệnh viện Lê Bình Phương.' },
      });
      expect(saved.appendices.slice(0, 3).map((a) => [a.key, a.on])).toEqual([
        ['units', true],
        ['chart', false],
        ['operations', true],
      ]);
      const dir = tempDir();
      const pdf = readPdf(save(dir, 'da.pdf', await call<File>('print.pdf', { name: PLAN.name, type: 'de-an' })), {
        layout: false,
      });
      const all = pdf.pages.join('\n').replace(/\s+/g, ' ');
      for (const s of [
        '3. Phương án đối với từng nội dung sắp xếp',
        'a) Tên gọi và lý do sắp xếp:',
        'c) Cơ cấu tổ chức bên trong:',
        'd) Bố trí lãnh đạo: Cấp trưởng: 2 → 1 (Bệnh viện Chuyên khoa); 1 người bố trí làm cấp phó hoặc vị trí khác',
        'g) Trụ sở làm việc: Trụ sở chính tại Bệnh viện Lê Bình Phương.',
        'Số người ra khỏi biên chế theo lý do và năm',
        'Tiết kiệm quỹ tiền lương',
        'Các khoản kinh phí khác',
        'Sửa chữa trụ sở',
        '150.000.000',
        'chi tiết tại Phụ lục II',
        'Phụ lục I DANH SÁCH CƠ QUAN, ĐƠN VỊ TRƯỚC VÀ SAU SẮP XẾP',
        'Phụ lục II DANH MỤC CÁC NỘI DUNG SẮP XẾP THEO NĂM',
      ])
        expect(all).toContain(s);
      expect(all).not.toContain('SƠ ĐỒ TỔ CHỨC BỘ MÁY TRƯỚC VÀ SAU SẮP XẾP');
      const text = docxText(save(dir, 'da.docx', await call<File>('print.docx', { name: PLAN.name, type: 'de-an' })));
      for (const s of [
        '3. Phương án đối với từng nội dung sắp xếp',
        'g) Trụ sở làm việc: Trụ sở chính tại Bệnh viện Lê Bình Phương.',
        'Số người ra khỏi biên chế theo lý do và năm',
        'Các khoản kinh phí khác',
        'DANH MỤC CÁC NỘI DUNG SẮP XẾP THEO NĂM',
      ])
        expect(text).toContain(s);
      await expect(
        call('print.save', {
          name: PLAN.name,
          type: 'de-an',
          settings: { ...saved.settings, otherCosts: [{ label: '', amount: 1 }] },
        }),
      ).rejects.toMatchObject({ error: { key: 'err.printCostLabel' } });
      ws.close();
    },
  );
});

describe('the đề án: routine operations gathered into one section', () => {
  it('keeps an officer’s edit of an operation saved before it was grouped, and prints it under the group', async () => {
    const transfers = ['HG.SYT.TTYT.VT', 'HG.SYT.TTYT.NB'].map((unit) => ({
      type: 'transfer',
      year: 2026,
      date: '2026-07-01',
      unit,
      parentCode: 'HG.SNV',
    }));
    const plan = { name: 'Chuyển trung tâm', operations: transfers };
    const { ws, call } = await workspace(
      path.join(tempDir(), 'hg.tinhgon'),
      sampleMeta(),
      generateSampleProvince(),
      plan,
    );
    const view = await call<ProposalView>('print.get', { name: plan.name, type: 'de-an' });
    expect(view.operations.map((o) => [o.key, o.title])).toEqual([
      ['group:transfer:2026-07-01:HG.SNV', expect.stringMatching(/^Chuyển 2 đơn vị về .+ quản lý \(2026\)$/)],
    ]);
    // An edit stored under the operation's own key (as before the grouping) is not dropped by a save.
    const memberKey = 'transfer:2026-07-01:HG.SYT.TTYT.VT+HG.SNV';
    const saved = await call<ProposalView>('print.save', {
      name: plan.name,
      type: 'de-an',
      settings: { ...view.settings, operationSections: { [memberKey]: { headquarters: 'Trụ sở tại Vị Thanh.' } } },
    });
    const stored = JSON.parse(ws.db.prepare('SELECT settings FROM proposals').pluck().get() as string);
    expect(stored.operationSections).toEqual({ [memberKey]: { headquarters: 'Trụ sở tại Vị Thanh.' } });
    expect(saved.operations[0]!.facets.headquarters).toMatch(/\n- Chuyển .+ \(2026\): Trụ sở tại Vị Thanh\.$/);
  });
});
