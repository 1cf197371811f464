import type { CaseFailure } from './selftestSummary';

/** max |Δ| for the table: `—` when there is no output to compare. */
const diffText = (d: number | null): string => (d === null ? '—' : d === 0 ? '0' : d.toExponential(2));

/** The cases that disagree: name, largest |tfjs − PyTorch| and why. */
export function FailureTable({ failures }: { readonly failures: readonly CaseFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <table className="failures" data-testid="selftest-failures">
      <caption>
        {failures.length === 1 ? '1 case disagrees' : `${failures.length} cases disagree`} with PyTorch or with
        Padlab’s reference
      </caption>
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col" className="num">
            max |Δ| vs PyTorch
          </th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {failures.map((f) => (
          <tr key={f.name}>
            <th scope="row">
              <code>{f.name}</code>
            </th>
            <td className="num">{diffText(f.maxAbsDiff)}</td>
            <td>{f.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
