// A row of mutually exclusive buttons for a view setting (columns, row order).
import './Segmented.css';

export interface SegmentedOption<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

export function Segmented<T extends string>(props: {
  label: string;
  name: string;
  value: T;
  options: readonly SegmentedOption<T>[];
  onChange: (value: T) => void;
}) {
  const { label, name, value, options, onChange } = props;
  return (
    <div className="segmented" role="group" aria-label={label} data-setting={name}>
      <span className="segmented-label">{label}</span>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="segmented-option"
          aria-pressed={option.value === value}
          data-value={option.value}
          title={option.hint}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
