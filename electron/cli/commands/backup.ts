/** `tinhgon backup FILE OUT`: a consistent copy of a workspace (`workspace.backup`). */
import { translate } from '../../../shared/i18n/index.ts';
import { withHandlers } from '../call.ts';
import { parse, twoPositionals, type Command } from '../command.ts';

const options = {
  'without-people': { type: 'boolean', description: 'Bản sao không chứa danh sách nhân sự.' },
} as const;

export const backup: Command = {
  name: 'backup',
  summary: 'Sao lưu nhất quán tệp dữ liệu ra một tệp mới.',
  usage: [
    {
      synopsis: 'tinhgon backup FILE OUT [--without-people]',
      text: 'Sao lưu nhất quán tệp dữ liệu ra tệp OUT; --without-people: bản sao không chứa danh sách nhân sự.',
    },
  ],
  options,
  examples: [
    'tinhgon backup hau-giang.tinhgon sao-luu.tinhgon',
    'tinhgon backup hau-giang.tinhgon gui-so-tai-chinh.tinhgon --without-people',
  ],
  async run(args) {
    const { values, positionals } = parse(args, options);
    const [file, out] = twoPositionals(positionals, 'FILE', 'OUT');
    const { file: written } = await withHandlers(file, (call) =>
      call('workspace.backup', { file: out, withoutPeople: values['without-people'] ?? false }),
    );
    process.stdout.write(`${translate('vi', 'menu.backupDone', { file: written })}\n`);
    return 0;
  },
};
