export interface StressOptions {
  writers: number;
  eventsPerWriter: number;
  synthesizers: number;
  /** Working directory (created); a temp dir when omitted. */
  dir?: string;
  log?: (line: string) => void;
}
export interface StressReport {
  dir: string;
  events: number;
  eventFiles: number;
  lostEvents: string[];
  synthesisRuns: number;
  failedRuns: { code: number | null; signal: string | null; stderr: string }[];
  samples: number;
  badSamples: { sample: number; reason: string }[];
  countWentBack: number;
  footerCount: number | undefined;
  tempFiles: string[];
  leftoverLock: boolean;
  cleanCheck: { code: number | null; stdout: string; stderr: string };
  wallMs: number;
}
export function runStress(options: StressOptions): Promise<StressReport>;
export function stressProblems(report: StressReport, expectedEvents: number): string[];
