/** The machine a benchmark ran on, for the line under its table. */
import os from "node:os";

export function machineSummary(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() || "unknown CPU";
  const memoryGiB = Math.round(os.totalmem() / 2 ** 30);
  return `${model}, ${cpus.length} cores, ${memoryGiB} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
