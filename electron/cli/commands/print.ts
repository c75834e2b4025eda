/**
 *   tinhgon print FILE --scenario NAME --type de-an|to-trinh|quyet-dinh [--pdf OUT.pdf] [--docx OUT.docx] [--date DD/MM/YYYY] [--number SỐ] [--issuer TÊN] [--parent-body TÊN] [--signer HỌ-TÊN] [--signer-title CHỨC-VỤ] [--on-behalf KT.|TM.|Q.] [--to NƠI-NHẬN]… [--appendices DANH-SÁCH] [--browser PATH]
 * A stored plan's printed proposal (Decree 30/2020 layout) as PDF through the system Chromium
 * and/or as Word (`print.pdf`, `print.docx`).
 */
import { FileAccess, writeNewBytes } from '../../../db/safe-path.ts';
import { AppError } from '../../../shared/errors.ts';
import { APPENDIX_KEYS, DOC_TYPES, type DocType } from '../../../shared/print/settings.ts';
import { printOverrides } from '../print-overrides.ts';
import { displayToIso } from '../../../shared/scenario/operation-date.ts';
import { chromiumPdfRenderer, findChromium } from '../../print/chromium.ts';
import { withHandlers } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';
import { UsageError } from '../report.ts';

const options = {
  scenario: { type: 'string', value: 'TÊN', description: 'Phương án đã lưu.' },
  type: {
    type: 'string',
    value: DOC_TYPES.join('|'),
    description: 'Đề án, tờ trình hoặc dự thảo quyết định phê duyệt đề án.',
  },
  pdf: { type: 'string', value: 'TỆP.pdf', description: 'Xuất PDF (qua Chromium của máy) ra tệp mới này.' },
  docx: { type: 'string', value: 'TỆP.docx', description: 'Xuất Word ra tệp mới này.' },
  date: {
    type: 'string',
    value: 'DD/MM/YYYY',
    description:
      'Ngày ban hành in trên văn bản (không lưu vào tệp); không có: ngày đã lưu trong màn hình bản in, nếu chưa lưu thì để trống "ngày … tháng … năm …" cho văn thư ghi.',
  },
  number: {
    type: 'string',
    value: 'SỐ',
    description: 'Số văn bản (không lưu); không có: số đã lưu, hoặc để trống cho văn thư.',
  },
  issuer: { type: 'string', value: 'TÊN', description: 'Cơ quan ban hành (ví dụ "SỞ NỘI VỤ").' },
  'parent-body': { type: 'string', value: 'TÊN', description: 'Cơ quan chủ quản (ví dụ "UBND THÀNH PHỐ CẦN THƠ").' },
  signer: { type: 'string', value: 'HỌ-TÊN', description: 'Họ tên người ký.' },
  'signer-title': { type: 'string', value: 'CHỨC-VỤ', description: 'Chức vụ người ký (ví dụ "PHÓ GIÁM ĐỐC").' },
  'on-behalf': {
    type: 'string',
    value: 'KT.|TM.|Q.',
    description:
      'Ký thay, thay mặt hoặc quyền: "KT.", "TM.", "Q." thay chữ đầu của dòng thẩm quyền đã lưu, hoặc cả dòng (ví dụ "KT. GIÁM ĐỐC"); "" khi người đứng đầu ký.',
  },
  to: {
    type: 'string',
    multiple: true,
    value: 'NƠI-NHẬN',
    description: 'Kính gửi (tờ trình), mỗi lần một nơi; thay danh sách đã lưu.',
  },
  appendices: {
    type: 'string',
    value: 'DANH-SÁCH',
    description: `Phụ lục kèm theo, theo thứ tự, cách nhau bởi dấu phẩy (${APPENDIX_KEYS.join(', ')}); "" không kèm phụ lục nào.`,
  },
  browser: {
    type: 'string',
    value: 'ĐƯỜNG-DẪN',
    description: 'Chromium dùng để xuất PDF (mặc định: biến CHROMIUM_PATH hoặc các đường dẫn thông dụng).',
  },
} as const;

export const print: Command = {
  name: 'print',
  summary: 'In đề án, tờ trình hoặc dự thảo quyết định của phương án đã lưu ra PDF và/hoặc Word.',
  usage: [
    {
      synopsis:
        'tinhgon print FILE --scenario TÊN --type de-an|to-trinh|quyet-dinh [--pdf TỆP.pdf] [--docx TỆP.docx] [--date DD/MM/YYYY] [--number SỐ] [--issuer TÊN] [--parent-body TÊN]\n    [--signer HỌ-TÊN] [--signer-title CHỨC-VỤ] [--on-behalf KT.|TM.|Q.] [--to NƠI-NHẬN]… [--appendices DANH-SÁCH] [--browser ĐƯỜNG-DẪN]',
      text: 'In đề án, tờ trình hoặc dự thảo quyết định phê duyệt đề án của phương án đã lưu theo thể thức Nghị định 30/2020\n(phụ lục kèm theo: chọn và sắp xếp trong màn hình bản in): PDF qua Chromium của máy\n(--browser, biến CHROMIUM_PATH hoặc các đường dẫn thông dụng) và/hoặc Word (.docx).',
    },
  ],
  options,
  examples: [
    'tinhgon print hau-giang.tinhgon --scenario "PA 1" --type to-trinh --pdf to-trinh.pdf --docx to-trinh.docx',
    'tinhgon print hau-giang.tinhgon --scenario "PA 1" --type de-an --docx de-an.docx --date 05/01/2026',
    'tinhgon print hau-giang.tinhgon --scenario "PA 1" --type quyet-dinh --pdf quyet-dinh.pdf',
    'tinhgon print hau-giang.tinhgon --scenario "PA 1" --type to-trinh --docx to-trinh.docx --number 12 --signer "Nguyễn Văn A" --on-behalf KT. --to "Ủy ban nhân dân tỉnh" --appendices operations,roadmap',
  ],
  async run(args) {
    const { values: v, positionals } = parse(args, options);
    const file = onePositional(positionals, 'FILE');
    if (!v.scenario) throw new UsageError('cần --scenario TÊN của phương án đã lưu.');
    if (!DOC_TYPES.includes(v.type as DocType)) throw new UsageError(`--type phải là ${DOC_TYPES.join(', ')}.`);
    if (!v.pdf && !v.docx) throw new UsageError('cần --pdf TỆP.pdf và/hoặc --docx TỆP.docx.');
    // dd/MM/yyyy as the documents write it (yyyy-mm-dd is read too).
    const date = v.date === undefined ? undefined : displayToIso(v.date);
    if (date === null)
      throw new UsageError(`--date "${v.date}": cần một ngày có thật, dạng DD/MM/YYYY (ví dụ 05/01/2026).`);
    for (const out of [v.pdf, v.docx]) if (out) FileAccess.anywhere.target(out); // refused before any work if it exists
    // Before any work: PDF needs a browser.
    const browser = v.pdf ? findChromium(v.browser) : null;
    if (v.pdf && !browser) throw new AppError('bad_request', 'err.noChromium');
    const overrides = printOverrides(v, v.type as DocType);
    const printed = { name: v.scenario, type: v.type as DocType, ...(date ? { date } : {}), overrides };
    await withHandlers(
      file,
      async (call) => {
        for (const [channel, out] of [
          ['print.pdf', v.pdf],
          ['print.docx', v.docx],
        ] as const) {
          if (!out) continue;
          writeNewBytes(out, Buffer.from((await call(channel, printed)).data, 'base64'));
          process.stdout.write(`Đã xuất ${out}\n`);
        }
      },
      { renderPdf: chromiumPdfRenderer(browser) },
    );
    return 0;
  },
};
