/**
 * `report-drafter`: a small registry of subcommands. main() never exits the process and never prints a stack,
 * so tests call it directly and bin/report-drafter.js only turns its result into the exit status.
 */
import { checkCommand } from "./check";
import { indicatorsCommand } from "./indicators";
import { skeletonCommand } from "./skeleton";

export interface CliIo {
  /** Writes text as given; callers end their lines with "\n". */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Relative paths are resolved against this directory. */
  cwd: string;
  /** The day the deadline is counted from; today unless a test says otherwise. */
  today?: () => Date;
}

export interface OptionSpec {
  /** True when the option takes a value (`--out FILE` or `--out=FILE`); false for a flag (`--deputy`). */
  takesValue: boolean;
}

export interface ParsedArgs {
  /** By long name without dashes; a flag that is present maps to true. */
  options: Record<string, string | true>;
  positionals: string[];
}

/** A command's verdict: an exit status, or misuse to report (exit 2, with a pointer to the command's help). */
export type CommandResult = number | { misuse: string };

export interface Command {
  name: string;
  /** One line for the general help. */
  summary: string;
  /** The full text of `report-drafter <name> --help`. */
  help: string;
  options: Record<string, OptionSpec>;
  run(args: ParsedArgs, io: CliIo): Promise<CommandResult>;
}

const EXIT_MISUSE = 2;

/** A command others are still building: listed in the help, and answered "not yet available". */
interface PlannedCommand {
  name: string;
  summary: string;
  planned: true;
}

const COMMANDS: readonly (Command | PlannedCommand)[] = [skeletonCommand, checkCommand, indicatorsCommand];

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "report-drafter: Soạn báo cáo theo Công văn 5121/LĐTBXH-KHTC (drafting the report asked by letter 5121)",
    "",
    "Cách dùng (usage): report-drafter <lệnh> [tùy chọn]",
    "",
    "Các lệnh (commands):",
    ...lines,
    "",
    "Xem hướng dẫn từng lệnh (help on a command): report-drafter <lệnh> --help",
    "",
  ].join("\n");
}

class ArgumentError extends Error {}

/** Long options only; values may follow as the next argument or after "=". */
function parseArgs(args: string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const parsed: ParsedArgs = { options: {}, positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("-") || arg === "-") {
      parsed.positionals.push(arg);
      continue;
    }
    const [flag, inlineValue] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const name = flag.replace(/^--?/, "");
    const option = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (!flag.startsWith("--") || !option) throw new ArgumentError(`Tùy chọn không hợp lệ (unknown option): ${flag}`);
    if (name in parsed.options) throw new ArgumentError(`Tùy chọn ${flag} được ghi hai lần (given twice).`);
    if (!option.takesValue) {
      if (inlineValue !== undefined) throw new ArgumentError(`Tùy chọn ${flag} không nhận giá trị (takes no value).`);
      parsed.options[name] = true;
      continue;
    }
    const value = inlineValue ?? args[++i];
    if (value === undefined || (inlineValue === undefined && value.startsWith("--"))) {
      throw new ArgumentError(`Thiếu giá trị sau ${flag} (missing value).`);
    }
    parsed.options[name] = value;
  }
  return parsed;
}

const isHelp = (arg: string) => arg === "--help" || arg === "-h";

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(generalHelp());
    return EXIT_MISUSE;
  }
  if (isHelp(name) || name === "help") {
    io.stdout(generalHelp());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Không có lệnh "${name}" (unknown command).\n\n${generalHelp()}`);
    return EXIT_MISUSE;
  }
  if ("planned" in command) {
    io.stderr(`Lệnh "${name}" chưa có (not yet available).\n`);
    return EXIT_MISUSE;
  }
  const misuse = (message: string) => {
    io.stderr(`${message}\nXem hướng dẫn (see help): report-drafter ${command.name} --help\n`);
    return EXIT_MISUSE;
  };
  if (rest.some(isHelp)) {
    io.stdout(command.help);
    return 0;
  }
  try {
    const result = await command.run(parseArgs(rest, command.options), io);
    return typeof result === "number" ? result : misuse(result.misuse);
  } catch (error) {
    if (error instanceof ArgumentError) return misuse(error.message);
    // Anything else is our fault or the system's: say what happened, without a stack the drafter cannot use.
    io.stderr(`Lỗi (error): ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
