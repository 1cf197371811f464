#!/usr/bin/env node
/**
 * `npm audit --omit=dev` as a test: the packages the built app ships must have
 * no high or critical advisory (issue 8).
 *
 *   node scripts/audit/runAudit.mjs               asks the registry (npm audit --omit=dev --json)
 *   node scripts/audit/runAudit.mjs --from FILE   judges a saved `npm audit --json` report
 *
 * Exit code: 0 no high or critical advisory; 1 some (each printed); 3 the
 * audit could not be asked (no registry, or a registry mirror that does not
 * serve the audit endpoint): that is a skip, said in one line, never a pass.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BLOCKING = new Set(['high', 'critical']);

/** URLs out of a message: which host a registry mirror is does not belong in logs. */
const withoutUrls = (text) => String(text ?? '').replace(/\bhttps?:\/\/[^\s)]+/g, '(the registry)').trim();

/**
 * What an `npm audit --json` report (npm 7+, auditReportVersion 2) says.
 * @returns {{ verdict: 'pass' | 'fail' | 'skip', lines: string[] }}
 */
export function judge(report) {
  if (!report || typeof report !== 'object') return { verdict: 'skip', lines: ['npm audit printed no JSON report'] };
  // A listed high or critical package fails, whatever else the report lacks.
  const found = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => BLOCKING.has(v?.severity));
  if (found.length === 0 && (report.error || report.statusCode || !report.metadata?.vulnerabilities)) {
    const why = withoutUrls(report.message ?? report.error?.summary ?? report.error?.code ?? 'no vulnerability summary in the report');
    return { verdict: 'skip', lines: [`the audit endpoint could not be asked: ${why || `HTTP ${report.statusCode}`}`] };
  }
  const counts = report.metadata?.vulnerabilities ?? {};
  const summary = ['critical', 'high', 'moderate', 'low', 'info'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ');
  if (found.length === 0 && !(counts.high > 0) && !(counts.critical > 0)) {
    return { verdict: 'pass', lines: [`no high or critical advisory in the shipped packages (${summary})`] };
  }
  const lines = [`high or critical advisories in the shipped packages (${summary}):`];
  for (const [name, v] of found) {
    // The advisory's own address is what a developer follows up: printed as it is.
    const titles = (v.via ?? []).filter((x) => typeof x === 'object').map((x) => `${x.title ?? '?'} (${x.url ?? `advisory ${x.source}`})`);
    lines.push(`  ${name} ${v.range ?? ''} [${v.severity}]${titles.length ? `: ${titles.join('; ')}` : ` via ${(v.via ?? []).join(', ')}`}${v.fixAvailable ? ' — a fix is available' : ''}`);
  }
  return { verdict: 'fail', lines };
}

function readReport(argv) {
  const from = argv.indexOf('--from');
  if (from >= 0) return fs.readFileSync(argv[from + 1], 'utf8');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.error) return JSON.stringify({ message: `npm audit did not run: ${r.error.message}`, error: {} });
  return r.stdout;
}

function parseOrNull(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { verdict, lines } = judge(parseOrNull(readReport(process.argv.slice(2))));
  for (const line of lines) console.log(`audit: ${line}`);
  process.exitCode = verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 3;
}
