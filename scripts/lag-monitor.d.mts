// Types of lag-monitor.mjs (a plain ES module, so that the built server can load it with `node --import`).
export interface Stall { start: number; end: number; cpu: number; runq: number }
export function startLagMonitor(dir: string, role: string): string;
export function readStalls(file: string): Stall[];
