import { useEffect, useMemo, useRef } from "react";
import type { StateOf } from "@/lib/url-state";
import { useUrlState } from "@/lib/use-url-state";
import type { Fig2Spec } from "./data";
import type { StructureData, StructureInputs, StructureSpec } from "./structure-data";
import { loadFigureModel, prepare, useFigureModel } from "./use-figure";

export interface StructureView {
  inputs: StructureInputs;
  quarter: number;
  data: StructureData;
  setCampusShare: (v: number) => void;
  setOwn: (patch: Partial<StateOf<StructureSpec>>) => void;
  error: string | null;
  prepare: () => void;
}

/**
 * The structure diagram's state and data. The campus share is figure 2's (the same URL keys, `f2.*`), so the
 * diagram always draws figure 2's run; the scenario and the quarter are its own (`f2d.*`). Like useFigure, the
 * default state draws the server's data and any other state runs the model once its code is loaded; the
 * quarter only picks from the run, so moving it runs nothing.
 */
export function useStructure(fig2: Fig2Spec, spec: StructureSpec, initial: StructureData, lang: "ja" | "en"): StructureView {
  const [f2, setF2] = useUrlState("f2", fig2);
  const [own, setOwn] = useUrlState("f2d", spec);
  const loaded = useFigureModel();
  const inputs: StructureInputs = { scenario: own.scenario, campusShare: f2.campusShare };
  const isDefault = inputs.scenario === spec.scenario.default && inputs.campusShare === fig2.campusShare.default;
  const key = JSON.stringify(inputs);
  // The serialised inputs are the dependency: `inputs` is a fresh object on every render.
  const run = useMemo(() => (isDefault || !loaded ? null : loaded.structureData(inputs, false, lang)), [isDefault, loaded, key, lang]);
  const shown = useRef<{ inputs: StructureInputs; data: StructureData }>({ inputs, data: initial });

  useEffect(() => {
    if (!isDefault && !loaded) void loadFigureModel();
  }, [isDefault, loaded]);

  let error: string | null = null;
  if (isDefault) shown.current = { inputs, data: initial };
  else if (run?.ok) shown.current = { inputs, data: run.data };
  else if (run) error = run.error;
  const last = Math.max(0, shown.current.data.labels.length - 1);
  return {
    inputs: shown.current.inputs,
    quarter: Math.min(own.quarter, last),
    data: shown.current.data,
    setCampusShare: (v) => setF2({ campusShare: v }),
    setOwn,
    error,
    prepare,
  };
}
