/** The size select's value for a CPU/memory pair: both API values in one string. */
export function sizeKey(pair: { cpu: string; memory: string }): string {
  return `${pair.cpu}/${pair.memory}`;
}
