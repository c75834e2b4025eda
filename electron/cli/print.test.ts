import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../paths.ts';
import { createWorkspace } from '../../db/workspace.ts';
import { saveNewScenario } from '../../db/scenarios-repo.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../../tests/temp.ts';
import { readPdf } from '../../tests/pdf.ts';
import { chromiumPath } from '../../tests/e2e/harness.ts';

const bin = path.join(APP_ROOT, 'electron/cli/tinhgon.mjs');
/** The .docx's text (document.xml's runs), every run of spaces, no-break spaces and line ends as one space. */
const docxText = (file: string) =>
  [
    ...execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).matchAll(
      /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g,
    ),
  ]
    .map((m) => m[1])
    .join(' ')
    .replace(/\s+/g, ' ');
/** A PDF's text (reading order), spaced as `docxText`. */
const pdfText = (file: string) => readPdf(file, { layout: false }).pages.join(' ').replace(/\s+/g, ' ');
const tinhgon = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

function workspace() {
  const dir = tempDir();
  const file = path.join(dir, 'hg.tinhgon');
  const ws = createWorkspace(file, sampleMeta(), generateSampleProvince());
  saveNewScenario(ws.db, {
    name: 'PA 1',
    operations: [{ type: 'dissolve', year: 2026, unit: 'HG.SYT.BVYHCT', staffTo: null }],
  });
  ws.close();
  return { dir, file };
}

describe('tinhgon print', () => {
  it('writes the tờ trình as PDF through the given Chromium and as Word', { timeout: 120_000 }, () => {
    const { dir, file } = workspace();
    const pdf = path.join(dir, 'tt.pdf');
    const docx = path.join(dir, 'tt.docx');
    const r = tinhgon(
      [
        'print',
        file,
        '--scenario',
        'PA 1',
        '--type',
        'to-trinh',
        '--pdf',
        pdf,
        '--docx',
        docx,
        '--browser',
        chromiumPath(),
      ],
      { CHROMIUM_PATH: '/nonexistent' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`Đã xuất ${pdf}\nĐã xuất ${docx}\n`);
    const text = readPdf(pdf).pages[0]!;
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toMatch(/Số:\s+\/TTr-SNV/);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    // No date given (none saved, no --date): left blank for the văn thư, in the PDF and in Word.
    expect(pdfText(pdf)).toContain('Hậu Giang, ngày … tháng … năm …');
    expect(docxText(docx)).toContain('Hậu Giang, ngày … tháng … năm …');
    expect(pdfText(pdf)).not.toMatch(/Hậu Giang, ngày \d/);
    // Never over an existing file.
    const again = tinhgon(['print', file, '--scenario', 'PA 1', '--type', 'to-trinh', '--docx', docx]);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain(docx);
  });

  it('writes the draft decision (--type quyet-dinh) as PDF and Word', { timeout: 120_000 }, () => {
    const { dir, file } = workspace();
    const pdf = path.join(dir, 'qd.pdf');
    const docx = path.join(dir, 'qd.docx');
    const r = tinhgon([
      'print',
      file,
      '--scenario',
      'PA 1',
      '--type',
      'quyet-dinh',
      '--pdf',
      pdf,
      '--docx',
      docx,
      '--date',
      '5/1/2026',
      '--browser',
      chromiumPath(),
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readPdf(pdf).pages.join('\n');
    // --date dates the tờ trình it refers to, and the decision's year.
    expect(docxText(docx)).toMatch(/Tờ trình số \/TTr.?SNV ngày 05 tháng 01 năm 2026\./); // (the hyphen a w:noBreakHyphen)
    // (pdftotext reads the justified line out of order: its words, not their order.)
    expect(pdfText(pdf)).toMatch(/Tờ trình số .*tháng 01 năm 2026/);
    for (const t of [pdfText(pdf), docxText(docx)]) expect(t).toContain('Hậu Giang, ngày tháng năm 2026');
    expect(text).toMatch(/Số:\s+\/QĐ-UBND/);
    expect(text).toContain('QUYẾT ĐỊNH:');
    expect(text).toMatch(/Điều 1\. Phê duyệt Đề án sắp xếp tổ chức bộ máy/);
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('prints with the header and signature given as flags, saving none of them', { timeout: 120_000 }, () => {
    const { dir, file } = workspace();
    const docx = path.join(dir, 'tt.docx');
    const r = tinhgon([
      'print',
      file,
      '--scenario',
      'PA 1',
      '--type',
      'to-trinh',
      '--docx',
      docx,
      '--number',
      '12',
      '--parent-body',
      'UBND THÀNH PHỐ CẦN THƠ',
      '--issuer',
      'SỞ NỘI VỤ',
      '--signer',
      'Nguyễn Văn An',
      '--signer-title',
      'PHÓ GIÁM ĐỐC',
      '--on-behalf',
      'Q.',
      '--to',
      'Ủy ban nhân dân thành phố Cần Thơ',
      '--to',
      'Thường trực Hội đồng nhân dân thành phố',
      '--appendices',
      'operations',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = docxText(docx);
    expect(text).toMatch(/Số: 12\/TTr.?SNV/);
    expect(text).toContain('UBND THÀNH PHỐ CẦN THƠ');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Q. GIÁM ĐỐC'); // the saved line's prefix replaced
    expect(text).toMatch(/Ủy ban nhân dân thành phố Cần Thơ.*Thường trực Hội đồng nhân dân thành phố/);
    expect(text.toLocaleLowerCase('vi')).toContain('danh mục các nội dung sắp xếp');
    expect(text.toLocaleLowerCase('vi')).not.toContain('những trường hợp chưa bảo đảm tiêu chí'); // not named: off
    // Nothing saved: the next print without flags has the saved (default) header.
    const plain = path.join(dir, 'plain.docx');
    expect(tinhgon(['print', file, '--scenario', 'PA 1', '--type', 'to-trinh', '--docx', plain]).status).toBe(0);
    expect(docxText(plain)).not.toContain('Nguyễn Văn An');
    // Refused flags, named, nothing written.
    const out = path.join(dir, 'bad.docx');
    const bad = (...flags: string[]) =>
      tinhgon(['print', file, '--scenario', 'PA 1', '--type', 'to-trinh', '--docx', out, ...flags]);
    for (const [flags, message] of [
      [['--on-behalf', 'THAY'], '--on-behalf "THAY": cần bắt đầu bằng KT., TM. hoặc Q.'],
      [['--appendices', 'operations,bogus'], '--appendices: không có phụ lục "bogus"'],
      [['--number', '12a'], '--number: Số văn bản chỉ gồm chữ số'],
    ] as const) {
      const x = bad(...flags);
      expect(x.status).toBe(2);
      expect(x.stderr).toContain(message);
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  it('without a Chromium, exits non-zero with one line saying how to get one; Word needs none', () => {
    const { dir, file } = workspace();
    const none = tinhgon([
      'print',
      file,
      '--scenario',
      'PA 1',
      '--type',
      'de-an',
      '--pdf',
      path.join(dir, 'x.pdf'),
      '--browser',
      '/nonexistent/chromium',
    ]);
    expect(none.status).toBe(1);
    expect(none.stderr).toBe(
      'Lỗi: Không tìm thấy trình duyệt Chromium để xuất PDF: hãy cài Chromium (Debian: apt-get install chromium) hoặc chỉ đường dẫn bằng --browser ĐƯỜNG-DẪN hoặc biến môi trường CHROMIUM_PATH.\n',
    );
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    const env = tinhgon(['print', file, '--scenario', 'PA 1', '--type', 'de-an', '--pdf', path.join(dir, 'x.pdf')], {
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    expect(env.status).toBe(1);
    const word = tinhgon(['print', file, '--scenario', 'PA 1', '--type', 'de-an', '--docx', path.join(dir, 'x.docx')], {
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    expect(word.status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(true);
  });

  it('says what is wrong with the arguments', () => {
    const { file } = workspace();
    expect(tinhgon(['print', file, '--scenario', 'PA 1', '--type', 'cong-van', '--docx', 'x.docx']).stderr).toContain(
      '--type phải là de-an, to-trinh, quyet-dinh.',
    );
    expect(tinhgon(['print', file, '--scenario', 'PA 1', '--type', 'de-an']).stderr).toContain(
      'cần --pdf TỆP.pdf và/hoặc --docx TỆP.docx.',
    );
    const out = path.join(tempDir(), 'z.docx');
    const badDate = tinhgon([
      'print',
      file,
      '--scenario',
      'PA 1',
      '--type',
      'de-an',
      '--docx',
      out,
      '--date',
      '31/02/2026',
    ]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--date "31/02/2026": cần một ngày có thật, dạng DD/MM/YYYY');
    expect(fs.existsSync(out)).toBe(false);
    const missing = tinhgon([
      'print',
      file,
      '--scenario',
      'Không có',
      '--type',
      'de-an',
      '--docx',
      path.join(tempDir(), 'y.docx'),
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Không có');
  });
});
