/**
 * The audit step of `npm test` judged on saved `npm audit --json` reports
 * (npm 7+ format, auditReportVersion 2): the registry here does not serve the
 * audit endpoint, so these reports are how the verdicts are tested at all.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, 'runAudit.mjs');

function audit(report: unknown): { code: number | null; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'padlab-audit-'));
  const file = path.join(dir, 'report.json');
  fs.writeFileSync(file, typeof report === 'string' ? report : JSON.stringify(report));
  const r = spawnSync(process.execPath, [SCRIPT, '--from', file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { code: r.status, out: r.stdout };
}

const counts = (c: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>>) => {
  const all = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...c };
  return { ...all, total: Object.values(all).reduce((a, b) => a + b, 0) };
};

const advisory = (name: string, severity: string, title: string) => ({
  name,
  severity,
  isDirect: false,
  via: [{ source: 1, name, dependency: name, title, url: 'https://example.invalid/advisories/1', severity, range: '<9.9.9' }],
  effects: [],
  range: '<9.9.9',
  nodes: [`node_modules/${name}`],
  fixAvailable: true,
});

describe('scripts/audit/runAudit.mjs', () => {
  it('passes a report with no advisories', () => {
    const r = audit({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: counts({}) } });
    expect(r.code).toBe(0);
    expect(r.out).toContain('no high or critical advisory');
  });

  it('passes a report with only moderate and low advisories, and says how many', () => {
    const r = audit({
      auditReportVersion: 2,
      vulnerabilities: { a: advisory('a', 'moderate', 'ReDoS in a'), b: advisory('b', 'low', 'b leaks') },
      metadata: { vulnerabilities: counts({ moderate: 1, low: 1 }) },
    });
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 moderate, 1 low');
  });

  it.each(['high', 'critical'])('fails a %s advisory and names the package and the advisory', (severity) => {
    const r = audit({
      auditReportVersion: 2,
      vulnerabilities: { 'node-fetch': advisory('node-fetch', severity, 'exposes headers to a third party'), ok: advisory('ok', 'low', 'minor') },
      metadata: { vulnerabilities: counts({ [severity]: 1, low: 1 }) },
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('node-fetch <9.9.9');
    expect(r.out).toContain('exposes headers to a third party');
    expect(r.out).not.toContain('minor');
  });

  it('fails a listed high advisory even when the summary counts are missing', () => {
    const r = audit({ auditReportVersion: 2, vulnerabilities: { seedrandom: advisory('seedrandom', 'high', 'predictable seeds') } });
    expect(r.code).toBe(1);
    expect(r.out).toContain('predictable seeds (https://example.invalid/advisories/1)');
  });

  it('fails on the summary counts even when the package list is missing', () => {
    const r = audit({ auditReportVersion: 2, metadata: { vulnerabilities: counts({ critical: 2 }) } });
    expect(r.code).toBe(1);
  });

  it('skips, with the reason and without the registry address, when the audit endpoint refuses', () => {
    const r = audit({
      message: '405 Method Not Allowed - POST https://mirror.example.invalid/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    });
    expect(r.code).toBe(3);
    expect(r.out).toContain('405 Method Not Allowed - POST (the registry)');
    expect(r.out).not.toContain('example.invalid');
  });

  it.each([['not JSON at all'], ['']])('skips when npm printed no report (%j)', (text) => {
    expect(audit(text).code).toBe(3);
  });
});
