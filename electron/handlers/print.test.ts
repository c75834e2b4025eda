/**
 * Printed proposals through the handler table: the sample province's plan rendered to PDF by the
 * system Chromium and read back from the PDF itself, and to Word, read back from its XML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { createHandlers } from './index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { checkResult } from '../../tests/handler-harness.ts';
import { isChannel } from '../../shared/contract/index.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { generatePeople } from '../../shared/sample/generate.ts';
import { insertPeople } from '../../db/people-repo.ts';
import type { ProposalView } from '../../shared/contract/index.ts';
import { firstLine, isA4, readPdf } from '../../tests/pdf.ts';
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

async function sample() {
  const ws = createWorkspace(path.join(tempDir(), 'hg.tinhgon'), sampleMeta(), generateSampleProvince());
  const handlers = createHandlers(ws);
  const call = async <T>(channel: string, args: unknown): Promise<T> => {
    const env = await dispatch(handlers, channel, args);
    if (!env.ok) throw Object.assign(new Error(env.error.key), { error: env.error });
    if (isChannel(channel)) checkResult(channel, env.result);
    return env.result as T;
  };
  await call('scenario.import', { scenario: PLAN });
  // A personnel list, for the đề án's ages and retirements.
  ws.db.transaction(() => insertPeople(ws.db, generatePeople(generateSampleProvince(), 200, 3))).immediate();
  return { ws, call };
}

const save = (dir: string, name: string, file: { data: string }) => {
  const out = path.join(dir, name);
  fs.writeFileSync(out, Buffer.from(file.data, 'base64'));
  return out;
};

describe('printed proposals', () => {
  it(
    'renders the đề án to PDF: A4, the national heading, type, number, recipients, page numbers from page 2, the unit list continuing under its header',
    { timeout: 120_000 },
    async () => {
      const { ws, call } = await sample();
      const view = await call<ProposalView>('print.get', { name: PLAN.name, type: 'de-an' });
      await call('print.save', {
        name: PLAN.name,
        type: 'de-an',
        settings: { ...view.settings, number: '5', place: 'Vị Thanh', date: '2026-01-05', signerName: 'Nguyễn Văn A' },
      });
      // Not given until saved: blank for the văn thư; the date the officer saved is kept.
      expect(view.settings.date).toBe('');
      expect(view.html).toContain('Hậu Giang, ngày\u00a0… tháng\u00a0… năm\u00a0…');
      const saved = await call<ProposalView>('print.get', { name: PLAN.name, type: 'de-an' });
      expect(saved.settings.date).toBe('2026-01-05');
      const dir = tempDir();
      const file = save(
        dir,
        'de-an.pdf',
        await call<{ fileName: string; data: string }>('print.pdf', { name: PLAN.name, type: 'de-an' }),
      );
      fs.mkdirSync(path.join(APP_ROOT, 'test-results'), { recursive: true });
      fs.copyFileSync(file, path.join(APP_ROOT, 'test-results', 'print-de-an-handler.pdf'));
      const pdf = readPdf(file);
      expect(pdf.pages.length).toBeGreaterThan(20);
      expect(pdf.sizes).toHaveLength(pdf.pages.length);
      expect(pdf.sizes.every(isA4)).toBe(true);
      const one = pdf.pages[0]!;
      const lines = one.split('\n').map((l) => l.trim().replace(/\s{2,}/g, ' | '));
      expect(lines[0]).toBe('UBND TỈNH HẬU GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(lines[1]).toBe('SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc');
      expect(lines.find((l) => l.startsWith('Số:'))).toBe('Số: 05/ĐA-SNV | Vị Thanh, ngày 05 tháng 01 năm 2026');
      expect(lines).toContain('ĐỀ ÁN');
      expect(firstLine(one)).not.toMatch(/^\d+$/); // no page number on page 1
      expect(firstLine(pdf.pages[1]!)).toBe('2');
      expect(firstLine(pdf.pages[2]!)).toBe('3');
      const all = pdf.pages.join('\n');
      expect(all).toMatch(/Nơi nhận:\s+KT\. GIÁM ĐỐC/);
      expect(all).toMatch(/- Lưu: VT, TCBM\./);
      expect(all).toContain('Nguyễn Văn A');
      for (const part of [
        'Phần I',
        'SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN',
        'Phần IV',
        'LỘ TRÌNH TINH GIẢN VÀ KINH PHÍ',
        'Phụ lục I',
        'Phụ lục II',
      ])
        expect(all).toContain(part);
      // The content sections (Decree 120/2020 Art. 8.2, 16.1), in the PDF as in Word.
      const flat = all.replace(/\s+/g, ' ');
      const xml = execFileSync(
        'unzip',
        [
          '-p',
          save(dir, 'de-an.docx', await call('print.docx', { name: PLAN.name, type: 'de-an' })),
          'word/document.xml',
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      // Each paragraph's text, its runs joined (a non-breaking hyphen read back as "-"; a period's en dash stays one, the word joiner around it dropped).
      const word = xml
        .split('</w:p>')
        .map((p) =>
          [...p.replaceAll('<w:noBreakHyphen/>', '<w:t>-</w:t>').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
            .map((m) => m[1])
            .join('')
            .replaceAll('\u2060', ''),
        )
        .join('\n');
      for (const heading of [
        '1. Sự cần thiết',
        '2. Căn cứ chính trị',
        '3. Căn cứ pháp lý',
        '3. Đội ngũ cán bộ, công chức, viên chức, người lao động',
        '4. Mức độ tự chủ tài chính của các đơn vị sự nghiệp công lập',
        'a) Ưu điểm',
        'b) Hạn chế',
        'c) Nguyên nhân',
        'TỔ CHỨC THỰC HIỆN',
        '1. Tiến độ thực hiện',
        '2. Trách nhiệm của các cơ quan, đơn vị',
        'Phần VI',
        'KIẾN NGHỊ',
        'Cơ cấu độ tuổi theo danh sách nhân sự (200 người, tuổi tính đến 31/12/2023)',
        'Số người đến tuổi nghỉ hưu theo năm, giai đoạn 2025–2030',
      ]) {
        expect([heading, flat.includes(heading)]).toEqual([heading, true]);
        expect([heading, word.includes(heading)]).toEqual([heading, true]);
      }
      const basis =
        '- Nghị định số 120/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập';
      expect(flat).toContain(basis);
      expect(word).toContain(basis);
      expect(flat).toMatch(/Người đứng đầu các cơ quan, đơn vị được sắp xếp \(Bệnh viện/);
      // The body (before the first appendix) refers to every appendix attached, by its label.
      const firstAppendix = pdf.pages.findIndex((p) => firstLine(p) === 'Phụ lục I');
      const bodyText = pdf.pages.slice(0, firstAppendix).join('\n').replace(/\s+/g, ' ');
      const labels = [...all.matchAll(/^\s*(Phụ lục [IVX]+)\s*$/gm)].map((m) => m[1]!);
      expect(labels).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
      for (const label of labels) expect(bodyText).toMatch(new RegExp(`${label}(?![IVX]|\\.[\\p{L}\\d])`, 'u'));
      // Each appendix's pages are numbered on their own: the unit list's second page is its page 2.
      // The unit list: its first page and every page after it start with the header row, and the numbering goes on.
      const start = pdf.pages.findIndex((p) => p.includes('DANH SÁCH CƠ QUAN, ĐƠN VỊ TRƯỚC VÀ SAU SẮP XẾP'));
      expect(start).toBeGreaterThan(0);
      const listPages = pdf.pages.slice(start).filter((p) => p.includes('Tên cơ quan, đơn vị (mã)'));
      expect(listPages.length).toBeGreaterThan(10);
      const numbers = (p: string) => [...p.matchAll(/^\s*(\d+)\s{2,}\S/gm)].map((m) => Number(m[1]));
      const next = pdf.pages[start + 1]!;
      expect(firstLine(next)).toBe('2');
      expect(
        next
          .split('\n')
          .filter((l) => l.trim())
          .slice(1, 4)
          .join(' '),
      ).toMatch(/Tên cơ quan, đơn vị \(mã\).*Ghi chú/);
      expect(numbers(next)[1]).toBe(numbers(pdf.pages[start]!).at(-1)! + 1);
      ws.close();
    },
  );

  it(
    'renders the tờ trình with Kính gửi and exports the same headings and tables to Word',
    { timeout: 120_000 },
    async () => {
      const { ws, call } = await sample();
      const dir = tempDir();
      const pdf = readPdf(save(dir, 'tt.pdf', await call('print.pdf', { name: PLAN.name, type: 'to-trinh' })));
      expect(pdf.pages[0]).toMatch(/Số:\s+\/TTr-SNV/);
      expect(pdf.pages[0]).toContain('TỜ TRÌNH');
      expect(pdf.pages[0]).toContain('Kính gửi: Ủy ban nhân dân tỉnh Hậu Giang');
      expect(pdf.pages.join('\n')).toContain('Kính trình Ủy ban nhân dân tỉnh Hậu Giang xem xét, quyết định./.');

      const docx = await call<{ fileName: string; data: string }>('print.docx', { name: PLAN.name, type: 'to-trinh' });
      expect(docx.fileName).toBe('to-trinh-sap-xep-y-te.docx');
      const xml = execFileSync('unzip', ['-p', save(dir, 'tt.docx', docx), 'word/document.xml'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
      for (const heading of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'TỜ TRÌNH',
        'Kính gửi: Ủy ban nhân dân tỉnh Hậu Giang',
        'I. SỰ CẦN THIẾT VÀ CƠ SỞ PHÁP LÝ',
        'II. QUÁ TRÌNH XÂY DỰNG ĐỀ ÁN',
        'III. NỘI DUNG CHÍNH CỦA ĐỀ ÁN',
        'IV. NHỮNG VẤN ĐỀ CÒN CÓ Ý KIẾN KHÁC NHAU VÀ NHỮNG VẤN ĐỀ LIÊN QUAN',
        'V. ĐỀ XUẤT, KIẾN NGHỊ',
        'Nơi nhận:',
        '- Lưu: VT, TCBM.',
        'Phụ lục I',
        'DANH MỤC CÁC NỘI DUNG SẮP XẾP THEO NĂM',
      ]) {
        expect(text).toContain(heading);
      }
      expect(pdf.pages.join('\n')).toContain('III. NỘI DUNG CHÍNH CỦA ĐỀ ÁN');
      // The same data tables (with the chart's groups as tables), header rows repeated, rows kept whole; A4 with the decree's margins.
      const view = await call<ProposalView>('print.get', { name: PLAN.name, type: 'to-trinh' });
      const dataTables = (view.html.match(/<table class="data\b/g) ?? []).length;
      const chartGroups = (view.html.match(/<rect [^>]*fill="#eef1f6"/g) ?? []).length;
      expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(dataTables + chartGroups + 2); // + the header table and the signature block
      expect(xml).toContain('<w:tblHeader/>');
      expect(xml).toContain('<w:cantSplit/>');
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
      const styles = execFileSync('unzip', ['-p', path.join(dir, 'tt.docx'), 'word/styles.xml'], { encoding: 'utf8' });
      expect(styles).toContain('w:ascii="Times New Roman"');
      expect(styles).toContain('<w:lang w:val="vi-VN"');
      expect(xml).toContain('<w:titlePg/>');
      ws.close();
    },
  );

  it("keeps an officer's section with the plan, but not a section left as its template", async () => {
    const { ws, call } = await sample();
    const view = await call<ProposalView>('print.get', { name: PLAN.name, type: 'de-an' });
    expect(view.sectionKeys).toEqual([
      'necessity',
      'strengths',
      'limitations',
      'causes',
      'objectives',
      'funding',
      'implementation',
      'recommendation',
    ]);
    expect(view.sections.necessity).toBe(view.templates.necessity);
    const saved = await call<ProposalView>('print.save', {
      name: PLAN.name,
      type: 'de-an',
      settings: { ...view.settings, sections: { necessity: 'Văn bản riêng.', objectives: view.templates.objectives } },
    });
    expect(saved.sections.necessity).toBe('Văn bản riêng.');
    const stored = JSON.parse(ws.db.prepare('SELECT settings FROM proposals').pluck().get() as string);
    expect(stored.sections).toEqual({ necessity: 'Văn bản riêng.' });
    expect(saved.html).toContain('<p class="body-text">Văn bản riêng.</p>');
    // A duplicated plan starts from the same proposal; deleting a plan deletes its proposal.
    await call('scenario.duplicate', { name: PLAN.name, newName: 'Bản sao' });
    expect((await call<ProposalView>('print.get', { name: 'Bản sao', type: 'de-an' })).sections.necessity).toBe(
      'Văn bản riêng.',
    );
    await call('scenario.delete', { name: 'Bản sao' });
    expect(ws.db.prepare('SELECT count(*) FROM proposals').pluck().get()).toBe(1);
    await expect(
      call('print.save', { name: PLAN.name, type: 'de-an', settings: { ...view.settings, number: '5a' } }),
    ).rejects.toMatchObject({ error: { key: 'err.printNumber' } });
    await expect(call('print.get', { name: 'Không có', type: 'de-an' })).rejects.toMatchObject({
      error: { key: 'err.scenarioNotFound' },
    });
    ws.close();
  });
});
