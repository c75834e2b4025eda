/**
 * The TinhGon command line: the same handler table as the UI, over a workspace file. Each
 * command is one file under commands/ (its usage, options, examples and `run`); this looks the
 * command up, answers --help / --version, and turns errors into a message and an exit code:
 * 0 done, 1 refused or failed (the reason on stderr), 2 wrong usage (with the command's usage),
 * 3 internal error (see report.ts).
 */
import { asksHelp, type Command } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { appVersion, commandHelp, helpCommand, overview, UnknownCommand, usageLines } from './help.ts';
import { EXIT_USAGE, reportError, UsageError } from './report.ts';

/** Every command, `help` last. */
export const TABLE: readonly Command[] = [...COMMANDS, helpCommand(() => TABLE)];

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (name === undefined || name === '--help' || name === '-h') {
      process.stdout.write(overview(TABLE));
      return 0;
    }
    if (name === '--version' || name === '-V') {
      process.stdout.write(`${appVersion()}\n`);
      return 0;
    }
    command = TABLE.find((c) => c.name === name);
    if (!command) throw new UnknownCommand(name);
    if (asksHelp(rest, command.options)) {
      process.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(rest);
  } catch (err) {
    if (!(err instanceof UsageError)) return reportError(err);
    // What was wrong, then how to call the command (or which commands there are).
    const how =
      err instanceof UnknownCommand || !command
        ? `Các lệnh: ${TABLE.map((c) => c.name).join(', ')}.\nXem "tinhgon help".`
        : `${usageLines(command)}Xem "tinhgon help ${command.name}".`;
    process.stderr.write(`Lỗi: ${err.message}\n${how}\n`);
    return EXIT_USAGE;
  }
}
