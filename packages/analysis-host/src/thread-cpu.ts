import { readFileSync } from 'node:fs';

/**
 * CPU time (user + system) of the calling thread in ms: process.threadCpuUsage where Node has it,
 * else /proc/thread-self/stat (Linux), else null. For measuring how busy each worker thread is.
 */
export function threadCpuMs(): number | null {
  const usage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (typeof usage === 'function') {
    const u = usage.call(process);
    return (u.user + u.system) / 1000;
  }
  try {
    // fields after the command name: state is the 1st, utime the 12th and stime the 13th, in clock ticks (100 a second)
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
