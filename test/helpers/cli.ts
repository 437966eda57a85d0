import { main } from "../../src/cli/main";

/** What a run of the command line printed, and its exit status. */
export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `report-drafter ARGV…` in this process, in `cwd`, with `today` as the day deadlines count from. */
export async function runCli(cwd: string, argv: string[], today?: Date): Promise<Outcome> {
  const out = { code: 0, stdout: "", stderr: "" };
  out.code = await main(argv, {
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    cwd,
    ...(today ? { today: () => today } : {}),
  });
  return out;
}
