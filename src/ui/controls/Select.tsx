/** A native select over a fixed list of names (keyboard and screen readers for free). */
interface Props<T extends string> {
  readonly id: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly labels?: Partial<Record<T, string>>;
  readonly onChange: (v: T) => void;
  readonly describedBy?: string;
}

export function Select<T extends string>({ id, value, options, labels, onChange, describedBy }: Props<T>) {
  return (
    <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {labels?.[o] ?? o}
        </option>
      ))}
    </select>
  );
}
