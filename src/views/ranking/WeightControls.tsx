// The ranking's settings, with what they mean in plain words: the weight of leading, cooperating and
// sharing responsibility in the load, and how far above the median a load must be to be flagged.
import { useMessages } from '../i18n/lang-context.tsx';
import type { ReactNode } from 'react';
import { DEFAULT_OVERLOAD_THRESHOLD } from '../../analysis/overload.ts';
import { DEFAULT_WEIGHTS, type WorkloadWeights } from '../../analysis/workload.ts';
import { useAtlas } from '../atlas.tsx';
import { RoleGlyph } from '../shared/ItemList.tsx';
import {
  numberParam,
  THRESHOLD_PARAM,
  THRESHOLD_RANGE,
  WEIGHT_PARAMS,
  WEIGHT_RANGE,
} from '../shared/ranking-params.ts';
import './WeightControls.css';

function NumberField(props: {
  label: ReactNode;
  name: string;
  value: number;
  range: { min: number; max: number; step: number };
  onChange: (value: number) => void;
}) {
  const { label, name, value, range, onChange } = props;
  return (
    <label className="number-field">
      <span className="number-field-label">{label}</span>
      <input
        type="number"
        name={name}
        value={value}
        min={range.min}
        max={range.max}
        step={range.step}
        onChange={(e) => {
          const n = e.currentTarget.valueAsNumber;
          if (Number.isFinite(n) && n >= range.min && n <= range.max) onChange(n);
        }}
      />
    </label>
  );
}

const ROLES: readonly (keyof WorkloadWeights)[] = ['lead', 'cooperate', 'responsible'];

export function WeightControls({ weights, threshold }: { weights: WorkloadWeights; threshold: number }) {
  const { setParam } = useAtlas();
  const m = useMessages();
  const setWeight = (role: keyof WorkloadWeights) => (v: number) =>
    setParam(WEIGHT_PARAMS[role], numberParam(v, DEFAULT_WEIGHTS[role]));
  const isDefault =
    weights.lead === DEFAULT_WEIGHTS.lead &&
    weights.cooperate === DEFAULT_WEIGHTS.cooperate &&
    weights.responsible === DEFAULT_WEIGHTS.responsible &&
    threshold === DEFAULT_OVERLOAD_THRESHOLD;
  const reset = () => {
    for (const key of [...Object.values(WEIGHT_PARAMS), THRESHOLD_PARAM]) setParam(key, null);
  };
  return (
    <div className="weight-controls">
      <fieldset>
        <legend>{m.matrix.loadPerItem}</legend>
        {ROLES.map((role) => (
          <NumberField
            key={role}
            label={
              <>
                <RoleGlyph role={role} /> {m.matrix.weightRoles[role]}
              </>
            }
            name={role}
            value={weights[role]}
            range={WEIGHT_RANGE}
            onChange={setWeight(role)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{m.matrix.flagAt}</legend>
        <NumberField
          label={m.matrix.madsAbove}
          name="threshold"
          value={threshold}
          range={THRESHOLD_RANGE}
          onChange={(v) => setParam(THRESHOLD_PARAM, numberParam(v, DEFAULT_OVERLOAD_THRESHOLD))}
        />
      </fieldset>
      <button type="button" className="weight-reset" onClick={reset} disabled={isDefault}>
        {m.matrix.defaults}
      </button>
    </div>
  );
}
