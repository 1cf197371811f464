/** Typed answers: one labelled number field per value asked (output height and width, T,B,L,R, …), then Check. */
import { useId, useState, type FormEvent } from 'react';
import type { QuizAnswer } from '../../core';

interface Props {
  readonly labels: readonly string[];
  readonly onAnswer: (answer: QuizAnswer) => void;
}

export function NumberAnswer({ labels, onAnswer }: Props) {
  const id = useId();
  const [texts, setTexts] = useState<string[]>(() => labels.map(() => ''));
  const [problem, setProblem] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const values = texts.map((t) => (t.trim() === '' ? NaN : Number(t)));
    if (values.some((v) => !Number.isFinite(v))) {
      setProblem('Type a number in each field.');
      return;
    }
    setProblem('');
    onAnswer({ kind: 'numbers', values });
  };
  return (
    <form className="quiz-numbers" onSubmit={submit} noValidate>
      {labels.map((label, i) => (
        <span className="quiz-number" key={label}>
          <label htmlFor={`${id}-${i}`}>{label}</label>
          <input
            id={`${id}-${i}`}
            type="number"
            step="any"
            value={texts[i] ?? ''}
            aria-invalid={problem !== '' && !Number.isFinite(Number(texts[i] === '' ? NaN : texts[i]))}
            onChange={(e) => setTexts((t) => t.map((x, j) => (j === i ? e.target.value : x)))}
          />
        </span>
      ))}
      <button type="submit" className="quiz-check">
        Check
      </button>
      {problem ? (
        <p role="alert" className="quiz-problem">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
