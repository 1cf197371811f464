#!/usr/bin/env node
// `npm test`: typecheck, lint, dependency audit, unit tests (Vitest), build, e2e (Playwright), in that order.
// Every step runs even if an earlier one failed (except e2e, which needs the build).
// The LAST line printed is always `N passed, M failed, K skipped` (unit + e2e test
// counts and the audit, plus one failure per failed typecheck/lint/build step or
// crashed runner), and the exit code is non-zero if M > 0.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const UNIT_REPORT = path.join(root, 'test-results', 'unit.json');
const E2E_REPORT = path.join(root, 'test-results', 'e2e.json');

/**
 * Runs a command with inherited stdio (output streams live); returns its exit code.
 * `skipCode`: an exit code that means "could not be checked here" (reported as skipped, not failed).
 */
function run(title, command, args, skipCode) {
  console.log(`\n===== ${title}: ${[path.basename(command), ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const code = result.error ? 1 : (result.status ?? 1);
  if (result.error) console.error(`${title}: could not start: ${result.error.message}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const verdict = code === 0 ? 'ok' : code === skipCode ? 'skipped' : `FAILED (exit ${code})`;
  console.log(`===== ${title}: ${verdict} in ${seconds}s`);
  return code;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// Stale reports must never be mistaken for this run's results.
fs.mkdirSync(path.dirname(UNIT_REPORT), { recursive: true });
for (const file of [UNIT_REPORT, E2E_REPORT]) fs.rmSync(file, { force: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
const failStep = (why) => {
  failed += 1;
  problems.push(why);
};

// 1-2. Static checks: a failure counts as one failed test.
if (run('typecheck', bin('tsc'), ['--noEmit', '-p', '.']) !== 0) failStep('typecheck failed');
if (run('lint', bin('eslint'), ['.']) !== 0) failStep('lint failed');

// 2b. `npm audit --omit=dev`: one test. A registry that does not answer the audit is a skip, not a pass.
const auditCode = run('audit', process.execPath, [path.join(root, 'scripts', 'audit', 'runAudit.mjs')], 3);
if (auditCode === 0) passed += 1;
else if (auditCode === 3) {
  skipped += 1;
  problems.push('audit: skipped, npm audit could not be asked here (the reason is above)');
} else failStep('audit: high or critical advisories in the shipped packages (see above)');

// 3. Unit tests.
const unitCode = run('unit', bin('vitest'), [
  'run',
  '--passWithNoTests',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${path.relative(root, UNIT_REPORT)}`,
]);
const unit = readJson(UNIT_REPORT);
if (!unit) {
  failStep(`unit: no report at ${path.relative(root, UNIT_REPORT)} (vitest crashed?)`);
} else {
  const unitPassed = unit.numPassedTests ?? 0;
  const unitFailed = unit.numFailedTests ?? 0;
  passed += unitPassed;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  failed += unitFailed;
  if (unitFailed > 0) problems.push(`unit: ${unitFailed} failed`);
  // Non-zero exit with no failed test (e.g. a suite that fails to import, an unhandled error).
  if (unitCode !== 0 && unitFailed === 0) failStep(`unit: vitest exited ${unitCode} without a failed test`);
}

// 4. Build.
const buildCode = run('build', bin('vite'), ['build']);
if (buildCode !== 0) failStep('build failed');

// 5. End-to-end tests (they run against the built dist/).
if (buildCode !== 0) {
  console.log('\n===== e2e: skipped because the build failed');
} else {
  const e2eCode = run('e2e', bin('playwright'), ['test']);
  const stats = readJson(E2E_REPORT)?.stats;
  if (!stats) {
    failStep(`e2e: no report at ${path.relative(root, E2E_REPORT)} (playwright crashed?)`);
  } else {
    // expected = passed; unexpected = failed; flaky (passed only on retry) also counts as
    // failed; skipped is counted as skipped.
    const e2eFailed = (stats.unexpected ?? 0) + (stats.flaky ?? 0);
    passed += stats.expected ?? 0;
    skipped += stats.skipped ?? 0;
    failed += e2eFailed;
    if (e2eFailed > 0) problems.push(`e2e: ${e2eFailed} failed`);
    // Non-zero exit with no failed test (webServer did not start, config error, ...).
    if (e2eCode !== 0 && e2eFailed === 0) failStep(`e2e: playwright exited ${e2eCode} without a failed test`);
  }
}

console.log('\n===== summary');
for (const problem of problems) console.log(`  - ${problem}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
