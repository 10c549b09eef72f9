// The fields every diagram's export offers alike — its format, its title, the language of its labels —
// and its download button, for the view diagrams (DiagramSection) and the comparison
// (ComparisonSection) to offer them the same way.
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/lang-context.tsx';
import { Segmented } from '../shared/Segmented.tsx';
import type { ImageFormat, LabelLang } from './diagram-form.ts';

const LANGS = [
  { value: 'zh', label: '中文' },
  { value: 'en', label: 'English' },
] as const;

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="export-field">
      <span className="export-label">{label}</span>
      <div>{children}</div>
    </div>
  );
}

/** PNG, SVG and PDF, in that order, each with its hint. */
export function FormatField({ value, onChange }: { value: ImageFormat; onChange: (f: ImageFormat) => void }) {
  const m = useMessages();
  const options = (['png', 'svg', 'pdf'] as const).map((format) => ({
    value: format,
    label: format.toUpperCase(),
    hint: m.export.formatHints[format],
  }));
  return (
    <Field label={m.export.format}>
      <Segmented label={m.export.format} name="format" value={value} options={options} onChange={onChange} />
    </Field>
  );
}

export function TitleField({ value, onChange }: { value: string; onChange: (title: string) => void }) {
  const m = useMessages();
  return (
    <label className="export-field">
      <span className="export-label">{m.export.titleField}</span>
      <input
        className="ws-input export-title"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
      />
    </label>
  );
}

/** The language the diagram's labels are written in, whatever the interface's. */
export function LabelLangField({
  value,
  onChange,
}: {
  value: LabelLang;
  onChange: (lang: LabelLang) => void;
}) {
  const m = useMessages();
  return (
    <Field label={m.export.labels}>
      <Segmented label={m.export.labels} name="lang" value={value} options={LANGS} onChange={onChange} />
    </Field>
  );
}

/** The download button, and beside it what the file will be. */
export function DownloadAction({
  format,
  disabled,
  onClick,
  hint,
}: {
  format: ImageFormat;
  disabled: boolean;
  onClick: () => void;
  hint: string;
}) {
  const m = useMessages();
  return (
    <div className="export-actions">
      <button
        type="button"
        className="ws-button is-primary export-download"
        data-format={format}
        disabled={disabled}
        onClick={onClick}
      >
        {m.export.download(format.toUpperCase())}
      </button>
      <span className="ws-hint">{hint}</span>
    </div>
  );
}
