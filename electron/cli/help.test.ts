import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../paths.ts';
import { TABLE } from './main.ts';

const BIN = path.join(APP_ROOT, 'electron/cli/tinhgon.mjs');
const tinhgon = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A command line split as a POSIX shell would (double quotes only; enough for the examples). */
const argv = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe('tinhgon help, --help, --version', () => {
  it('units --help, units -h and help units print the usage, options, examples and exit codes of units (exit 0)', () => {
    const help = tinhgon('units', '--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('Cách dùng:\n  tinhgon units FILE [--json]\n');
    expect(help.stdout).toMatch(/\n {2}--json {2,}In mảng JSON/);
    expect(help.stdout).toContain('Ví dụ:\n  tinhgon units hau-giang.tinhgon\n');
    expect(help.stdout).toContain('Mã thoát:\n  0  thành công\n  1  bị từ chối');
    expect(help.stdout).toContain('  2  sai cách dùng');
    // The same text whichever way it is asked, whatever else is on the line.
    expect(tinhgon('help', 'units')).toEqual(help);
    expect(tinhgon('units', 'x.tinhgon', '-h').stdout).toBe(help.stdout);
    expect(tinhgon('units', '--colour', '--help').stdout).toBe(help.stdout);
  });

  it('help and --help list every command with its one-line summary', () => {
    const all = tinhgon('help');
    expect(all).toMatchObject({ code: 0, stderr: '' });
    for (const c of TABLE)
      expect(all.stdout).toMatch(new RegExp(`\\n {2}${c.name} +${c.summary.replace(/[().]/g, '\\$&')}\\n`));
    expect(all.stdout).toContain('-V, --version');
    expect(tinhgon('--help')).toEqual(all);
    expect(tinhgon()).toEqual(all);
  });

  it('--version and -V print the version of package.json', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(tinhgon('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(tinhgon('-V').stdout).toBe(`${version}\n`);
  });

  it('an unknown option says which and prints the command usage, exit 2; an unknown command lists the commands', () => {
    expect(tinhgon('units', 'x.tinhgon', '--colour')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Lỗi: không có tùy chọn --colour.\nCách dùng:\n  tinhgon units FILE [--json]\nXem "tinhgon help units".\n',
    });
    const scenario = tinhgon('scenario', 'x.tinhgon', '--from');
    expect(scenario.code).toBe(2);
    // Every usage line of the command follows the first.
    const more = TABLE.find((c) => c.name === 'scenario')!.usage.length - 1;
    expect(scenario.stderr).toMatch(
      new RegExp(
        `^Lỗi: tùy chọn --from cần một giá trị\\.\\nCách dùng:\\n {2}tinhgon scenario FILE --from PHUONG-AN\\.json \\[--json\\]\\n(.+\\n){${more}}Xem "tinhgon help scenario"\\.\\n$`,
      ),
    );
    const unknown = tinhgon('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      `Lỗi: không có lệnh "frobnicate".\nCác lệnh: ${TABLE.map((c) => c.name).join(', ')}.\nXem "tinhgon help".\n`,
    );
    expect(tinhgon('help', 'frobnicate')).toEqual(unknown);
  });
});

describe('the command table', () => {
  it.each(TABLE.map((c) => [c.name, c] as const))(
    '%s has a summary, a usage, described options and examples that parse',
    (name, command) => {
      expect(command.summary).toMatch(/^\S.*\.$/);
      expect(command.summary).not.toContain('\n');
      expect(command.usage.length).toBeGreaterThan(0);
      for (const u of command.usage) {
        expect(u.synopsis.startsWith(`tinhgon ${name}`)).toBe(true);
        expect(u.text.length).toBeGreaterThan(0);
      }
      for (const [option, spec] of Object.entries(command.options)) {
        expect(spec.description, option).toMatch(/\S/);
        // Every option is shown in a usage line, and every option a usage line shows is declared.
        expect(
          command.usage.some((u) => u.synopsis.includes(`--${option}`)),
          option,
        ).toBe(true);
      }
      for (const u of command.usage)
        for (const [, flag] of u.synopsis.matchAll(/--([a-z0-9-]+)/g))
          expect(Object.keys(command.options)).toContain(flag);
      expect(command.examples.length).toBeGreaterThan(0);
      for (const example of command.examples) {
        const [bin, word, ...raw] = argv(example);
        const args = command.preparse?.(raw) ?? raw;
        expect([bin, word]).toEqual(['tinhgon', name]);
        expect(
          () => parseArgs({ args, options: command.options, allowPositionals: true, strict: true }),
          example,
        ).not.toThrow();
      }
    },
  );

  it('names each command once', () => {
    expect(new Set(TABLE.map((c) => c.name)).size).toBe(TABLE.length);
  });
});
