/**
 * What a command of `tinhgon` is (one file each under commands/, listed in commands/index.ts) and
 * how its arguments are read: `node:util` parseArgs over the options the command declares, so
 * its help and its parser come from the same table. Bad arguments are a UsageError (exit 2).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './report.ts';

/** An option: parseArgs' type, the name of its value in the help (NĂM, TỆP…), what it does. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** Given more than once (`--to A --to B`): its values in order. */
  readonly multiple?: boolean;
  readonly short?: string;
  readonly value?: string;
  readonly description: string;
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** One way of calling a command, and what it does. */
export interface Usage {
  readonly synopsis: string;
  readonly text: string;
}

export interface Command {
  readonly name: string;
  /** One line, for the list of `tinhgon help`. */
  readonly summary: string;
  readonly usage: readonly Usage[];
  readonly options: OptionSpecs;
  /** Whole command lines a person can copy. */
  readonly examples: readonly string[];
  /** Rewrites the arguments before they are read (an option whose value is optional, as `init --sample [MẪU]`). */
  readonly preparse?: (args: string[]) => string[];
  run(args: string[]): number | Promise<number>;
}

/** The arguments read strictly against `options` (an unknown option or a stray argument is a UsageError). */
export function parse<T extends OptionSpecs>(args: string[], options: T, { positionals = true } = {}) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (err) {
    throw new UsageError(parseMessage(err));
  }
}

/** True when the arguments ask for the command's help (-h, --help anywhere before "--"), whatever else they hold. */
export function asksHelp(args: string[], options: OptionSpecs): boolean {
  const { tokens } = parseArgs({
    args,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  return tokens.some((t) => t.kind === 'option' && t.name === 'help');
}

/** parseArgs' English message said in Vietnamese, naming the option or argument at fault. */
function parseMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  const quoted = /'([^']+)'/.exec(message)?.[1];
  if (!quoted) return message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `không có tùy chọn ${quoted}.`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `thừa tham số "${quoted}".`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = quoted.split(' ')[0]!;
    return /does not take/.test(message)
      ? `tùy chọn ${option} không nhận giá trị.`
      : `tùy chọn ${option} cần một giá trị.`;
  }
  return message;
}

export function onePositional(positionals: string[], name: string): string {
  if (positionals.length !== 1) throw new UsageError(`cần đúng một tham số ${name}.`);
  return positionals[0]!;
}

export function twoPositionals(positionals: string[], a: string, b: string): [string, string] {
  if (positionals.length !== 2) throw new UsageError(`cần đúng hai tham số ${a} ${b}.`);
  return [positionals[0]!, positionals[1]!];
}
