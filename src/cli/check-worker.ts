/** A worker thread of `report-drafter check`: checks the files it is sent, one at a time, and answers each. */
import { parentPort, workerData } from "worker_threads";
import { ReportProfile } from "../profiles";
import { checkFile } from "./check-file";

const { profile, cwd } = workerData as { profile: ReportProfile | null; cwd: string };

parentPort?.on("message", async ({ index, file }: { index: number; file: string }) => {
  parentPort?.postMessage({ index, result: await checkFile(file, profile, cwd) });
});
