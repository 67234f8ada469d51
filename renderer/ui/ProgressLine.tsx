// How far a long task (an import, a batch export) has got: a bar, "n of N" and what it is doing now.
interface Props {
  value: number;
  max: number;
  /** The task, as the bar's accessible name. */
  name: string;
  /** "3 of 10", shown and read as the bar's value. */
  count: string;
  /** What is being worked on now; read out politely as it changes. */
  detail: string;
  testId: string;
}

export function ProgressLine({ value, max, name, count, detail, testId }: Props) {
  return (
    <div className="progress-line" data-testid={testId}>
      <progress className="progress" value={value} max={max} aria-label={name} aria-valuetext={count} />
      <div className="progress-text">
        <span className="progress-count">{count}</span>
        <span className="progress-detail" aria-live="polite">
          {detail}
        </span>
      </div>
    </div>
  );
}
