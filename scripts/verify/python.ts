/**
 * Runs many Python snippets in ONE `/usr/bin/python3` process (importing
 * torch costs 1–2 s, so one process per snippet would take minutes): each
 * snippet is `exec`uted in a fresh globals dict with stdout captured, or only
 * parsed with `ast.parse`. Results come back as one JSON line per snippet.
 *
 * `/usr/bin/python3` on purpose: Debian's python3-torch/python3-numpy install
 * there, and the `python3` first on PATH may be another interpreter
 * (design.md, Environment facts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../src/core';

export const PYTHON = '/usr/bin/python3';
export const INSTALL_HINT = 'sudo apt-get install -y python3-torch python3-numpy';

/** Marks the driver's result lines, so nothing a snippet prints can be mistaken for one. */
const MARK = 'PADLAB_CASE ';

const DRIVER = `
import ast, contextlib, io, json, sys, traceback
sys.dont_write_bytecode = True  # no __pycache__ left in scripts/verify/fakes
mode, cases_file = sys.argv[1], sys.argv[2]
sys.path[:0] = sys.argv[3:]
with open(cases_file) as fh:
    cases = json.load(fh)
real_stdout = sys.stdout
def emit(obj):
    real_stdout.write(${JSON.stringify(MARK)} + json.dumps(obj) + "\\n")
    real_stdout.flush()
for i, code in enumerate(cases):
    if mode == "parse":
        try:
            ast.parse(code)
            emit({"i": i, "ok": True})
        except SyntaxError as e:
            emit({"i": i, "ok": False, "error": "%s at line %s: %s" % (e.msg, e.lineno, e.text)})
        continue
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(code, "<snippet %d>" % i, "exec"), {"__name__": "__main__"})
        printed = buf.getvalue()
        out = None
        for line in printed.splitlines():
            if line.startswith("PADLAB_OUT "):
                out = json.loads(line[len("PADLAB_OUT "):])
        emit({"i": i, "ok": out is not None, "out": out, "stdout": printed[-1500:],
              "error": None if out is not None else "no PADLAB_OUT line"})
    except Exception:
        emit({"i": i, "ok": False, "error": traceback.format_exc()[-3000:], "stdout": buf.getvalue()[-1500:]})
`;

export interface PyResult {
  readonly i: number;
  readonly ok: boolean;
  /** The `PADLAB_OUT` numbers (exec mode). */
  readonly out?: number[] | null;
  readonly stdout?: string;
  readonly error?: string | null;
}

/**
 * Throws a clear error unless `/usr/bin/python3` imports every module
 * (a missing interpreter must fail the suite, never skip it silently).
 */
export function requirePython(modules: readonly string[]): void {
  const r = spawnSync(PYTHON, ['-c', modules.length > 0 ? `import ${modules.join(', ')}` : 'pass'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : r.stderr.trim().split('\n').pop();
    const what = modules.length > 0 ? `cannot import ${modules.join(', ')}` : 'does not run';
    throw new Error(
      `${PYTHON} ${what} (${why}). The code-export checks run the exported snippets in real PyTorch ` +
        `(and numpy): install them with \`${INSTALL_HINT}\` (CI installs them).`,
    );
  }
}

/**
 * Executes (`exec`) or parses (`parse`) every snippet in one Python process;
 * `extraPath` folders go first on `sys.path` (e.g. stand-in modules).
 * Returns one result per snippet, in order.
 */
export function runPythonBatch(snippets: readonly string[], mode: 'exec' | 'parse', extraPath: readonly string[] = []): PyResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'padlab-py-'));
  try {
    const driver = join(dir, 'driver.py');
    const cases = join(dir, 'cases.json');
    writeFileSync(driver, DRIVER);
    writeFileSync(cases, JSON.stringify(snippets));
    const r = spawnSync(PYTHON, [driver, mode, cases, ...extraPath], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 300_000,
    });
    if (r.error) throw new Error(`${PYTHON} failed to run: ${r.error.message}`);
    const results = r.stdout
      .split('\n')
      .filter((line) => line.startsWith(MARK))
      .map((line) => JSON.parse(line.slice(MARK.length)) as PyResult);
    if (results.length !== snippets.length) {
      throw new Error(`${PYTHON} returned ${results.length} of ${snippets.length} results (exit ${r.status}): ${r.stderr.slice(-3000)}`);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A folder of scripts/verify/fakes (numpy stand-ins for TensorFlow and Keras: TF cannot be installed here). */
export const fakes = (name: string): string => fileURLToPath(new URL(`./fakes/${name}`, import.meta.url));

/** `sys.path` heads for each TF-family export: tf.nn alone, Keras 3 or Keras 1.2 over it. */
export const STAND_IN_PATH = {
  tf: [fakes('tf')],
  keras: [fakes('tf'), fakes('keras3')],
  keras1: [fakes('tf'), fakes('keras1')],
} as const;

/** Reads `out` back: the TF-family snippets print it for people; the checks need the numbers. */
export const READBACK = '\nimport json\nprint("PADLAB_OUT", json.dumps([float(v) for v in np.asarray(out).reshape(-1)]))\n';

/** One exporter a check runs: its snippet for a Plan, and the `sys.path` heads it runs with. */
export interface SnippetTarget {
  readonly name: string;
  readonly make: (plan: Plan) => string;
  readonly path: readonly string[];
}

/** The tf.nn, Keras 3 and Keras 1 exporters, each on its stand-ins. */
export function standInTargets(make: Record<keyof typeof STAND_IN_PATH, (plan: Plan) => string>): SnippetTarget[] {
  return (['tf', 'keras', 'keras1'] as const).map((name) => ({ name, make: make[name], path: STAND_IN_PATH[name] }));
}

/** Runs every target's snippet of every plan (`suffix` appended), one Python process a target; results by target name. */
export function runTargets(
  targets: readonly SnippetTarget[],
  plans: readonly { readonly plan: Plan }[],
  suffix = '',
): Map<string, PyResult[]> {
  return new Map(targets.map((t) => [t.name, runPythonBatch(plans.map(({ plan }) => t.make(plan) + suffix), 'exec', t.path)]));
}

/** What one snippet raised ('' when it ran): the stand-ins' refusals are checked with it. */
export function errorOf(code: string, path: readonly string[]): string {
  const [r] = runPythonBatch([code], 'exec', path);
  return r?.error ?? '';
}
