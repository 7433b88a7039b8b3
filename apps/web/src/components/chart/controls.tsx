"use client";

import { useId, useRef, type KeyboardEvent, type PointerEvent } from "react";

interface RangeProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** Text shown next to the slider and announced as aria-valuetext. */
  format: (value: number) => string;
  name: string;
  /** Marks the figure's main control (the one the browser tests move). */
  main?: boolean;
}

/** A native range input with its label and current value: arrow keys, Page Up/Down, Home/End work. */
export function RangeControl({ label, value, min, max, step, onChange, format, name, main }: RangeProps) {
  const id = useId();
  const text = format(value);
  return (
    <div className="control control-range">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        name={name}
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={text}
        data-main-control={main ? "" : undefined}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      />
      <output htmlFor={id}>{text}</output>
    </div>
  );
}

interface ToggleProps<T extends string> {
  label: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  name: string;
  main?: boolean;
}

/** A group of native buttons, one pressed: a segmented switch. */
export function ToggleGroup<T extends string>({ label, options, value, onChange, name, main }: ToggleProps<T>) {
  const id = useId();
  return (
    <div className="control control-toggle" role="group" aria-labelledby={id} data-name={name}>
      <span id={id} className="control-label">
        {label}
      </span>
      <span className="toggle-buttons">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={option.value === value}
            data-main-control={main && option.value !== value ? "" : undefined}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </span>
    </div>
  );
}

interface SelectProps {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string;
  onChange: (value: string) => void;
  name: string;
  main?: boolean;
}

/** A native select with its label. */
export function SelectControl({ label, options, value, onChange, name, main }: SelectProps) {
  const id = useId();
  return (
    <div className="control control-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} data-main-control={main ? "" : undefined} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface LiveNumberProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  format: (value: number) => string;
}

/** Steps a value by `delta` steps, clamped and rounded to the step grid. */
export function stepValue(value: number, delta: number, min: number, max: number, step: number): number {
  const next = Math.min(max, Math.max(min, value + delta * step));
  return Number((min + Math.round((next - min) / step) * step).toFixed(10));
}

/**
 * A number inside a sentence that the reader changes in place (Tangle-style): drag it sideways, or focus it
 * and use the arrow keys (a WAI-ARIA spinbutton).
 */
export function LiveNumber({ label, value, min, max, step, onChange, format }: LiveNumberProps) {
  const drag = useRef<{ x: number; start: number } | null>(null);
  const text = format(value);

  function onKeyDown(event: KeyboardEvent<HTMLSpanElement>) {
    const deltas: Record<string, number> = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1, PageUp: 5, PageDown: -5 };
    let next: number | undefined;
    if (event.key in deltas) next = stepValue(value, deltas[event.key] ?? 0, min, max, step);
    else if (event.key === "Home") next = min;
    else if (event.key === "End") next = max;
    if (next === undefined) return;
    event.preventDefault();
    if (next !== value) onChange(next);
  }

  function onPointerDown(event: PointerEvent<HTMLSpanElement>) {
    drag.current = { x: event.clientX, start: value };
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLSpanElement>) {
    if (!drag.current) return;
    const steps = Math.round((event.clientX - drag.current.x) / 8);
    const next = stepValue(drag.current.start, steps, min, max, step);
    if (next !== value) onChange(next);
  }

  return (
    <span
      className="live-number"
      role="spinbutton"
      tabIndex={0}
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={text}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    >
      {text}
    </span>
  );
}
