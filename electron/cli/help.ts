/**
 * The help of `tinhgon`: the list of commands (`tinhgon help`, `tinhgon --help`), one command's
 * usage, options, examples and exit codes (`tinhgon help CMD`, `tinhgon CMD --help`), and the
 * usage printed under a usage error. All of it is built from the command table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { APP_ROOT } from '../paths.ts';
import { parse, type Command, type OptionSpecs } from './command.ts';
import { EXIT_INTERNAL, EXIT_USAGE, EXIT_USER_ERROR, UsageError } from './report.ts';

/** The exit codes every command keeps, as printed in each help. */
export const EXIT_CODES_HELP = `Mã thoát:
  0  thành công
  ${EXIT_USER_ERROR}  bị từ chối hoặc không làm được: lý do in ra stderr (dữ liệu sai, tệp không có hoặc đã tồn tại…)
  ${EXIT_USAGE}  sai cách dùng: lệnh, tùy chọn hoặc tham số không đúng (in kèm cách dùng)
  ${EXIT_INTERNAL}  lỗi nội bộ (biến môi trường TINHGON_DEBUG=1 in chi tiết)
`;

const HELP_OPTION = '  -h, --help';

/** The app's version, from package.json. */
export function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Every command with its one-line summary. */
export function overview(commands: readonly Command[]): string {
  const rows = commands.map((c) => [`  ${c.name}`, c.summary] as const);
  const options = [
    ['  -h, --help', 'In hướng dẫn này; tinhgon LỆNH --help (hoặc tinhgon help LỆNH): cách dùng một lệnh, kèm ví dụ.'],
    ['  -V, --version', 'In phiên bản.'],
  ] as const;
  const width = Math.max(...[...rows, ...options].map(([left]) => left.length)) + 2;
  const line = ([left, text]: readonly [string, string]) => `${left.padEnd(width)}${text}`;
  return [
    'TinhGon — dòng lệnh',
    '',
    'Cách dùng: tinhgon LỆNH [THAM SỐ] [TÙY CHỌN]',
    '',
    'Lệnh:',
    ...rows.map(line),
    '',
    'Tùy chọn:',
    ...options.map(line),
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

/** A command's usage lines (printed under a usage error too). */
export function usageLines(command: Command): string {
  return `Cách dùng:\n${command.usage.map((u) => `  ${u.synopsis}\n`).join('')}`;
}

function optionLines(options: OptionSpecs): string[] {
  const rows = Object.entries(options).map(
    ([name, o]) =>
      [`  ${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`, o.description] as const,
  );
  const width = Math.max(HELP_OPTION.length, ...rows.map(([left]) => left.length)) + 2;
  return [...rows, [HELP_OPTION, 'In hướng dẫn này.'] as const].map(([left, text]) => `${left.padEnd(width)}${text}`);
}

/** One command's help: what it does, each way to call it, its options, examples and the exit codes. */
export function commandHelp(command: Command): string {
  return [
    `tinhgon ${command.name} — ${command.summary}`,
    '',
    'Cách dùng:',
    ...command.usage.flatMap((u) => [`  ${u.synopsis}`, ...u.text.split('\n').map((l) => `      ${l}`)]),
    '',
    'Tùy chọn:',
    ...optionLines(command.options),
    '',
    'Ví dụ:',
    ...command.examples.map((e) => `  ${e}`),
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

/** A command name that is not in the table. */
export class UnknownCommand extends UsageError {
  constructor(name: string) {
    super(name.startsWith('-') ? `không có tùy chọn ${name}.` : `không có lệnh "${name}".`);
  }
}

/** `tinhgon help [LỆNH]`: the list of commands (`table()`, this one included), or one command's help. */
export function helpCommand(table: () => readonly Command[]): Command {
  return {
    name: 'help',
    summary: 'In danh sách lệnh, hoặc cách dùng một lệnh kèm ví dụ.',
    usage: [
      { synopsis: 'tinhgon help', text: 'Danh sách các lệnh, mỗi lệnh một dòng (như tinhgon --help).' },
      { synopsis: 'tinhgon help LỆNH', text: 'Cách dùng, tùy chọn và ví dụ của một lệnh (như tinhgon LỆNH --help).' },
    ],
    options: {},
    examples: ['tinhgon help', 'tinhgon help units'],
    run(args) {
      const { positionals } = parse(args, {});
      if (positionals.length > 1) throw new UsageError('chỉ hỏi về một lệnh.');
      const topic = positionals[0];
      if (topic === undefined) {
        process.stdout.write(overview(table()));
        return 0;
      }
      const command = table().find((c) => c.name === topic);
      if (!command) throw new UnknownCommand(topic);
      process.stdout.write(commandHelp(command));
      return 0;
    },
  };
}
