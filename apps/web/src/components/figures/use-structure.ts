import { useEffect, useMemo, useRef } from "react";
import type { StateOf } from "@/lib/url-state";
import { useUrlState } from "@/lib/use-url-state";
import type { Fig2Spec } from "./data";
import type { StructureMessages } from "./explain-types";
import type { StructureInputs, StructureSpec } from "./structure-data";
import type { StructureView } from "./structure-view";
import { loadFigureModel, prepare, useFigureModel } from "./use-figure";

export interface StructureState {
  inputs: StructureInputs;
  view: StructureView;
  setCampusShare: (v: number) => void;
  setOwn: (patch: Partial<StateOf<StructureSpec>>) => void;
  error: string | null;
  prepare: () => void;
}

/**
 * The structure diagram's state and view. The campus share is figure 2's (the same URL keys, `f2.*`), so the
 * diagram always draws figure 2's run; the scenario and the quarter are its own (`f2d.*`). Like useFigure, the
 * default state shows the server's view, and any other state is computed once the figures' model chunk is
 * loaded; until then the diagram keeps the state and view it has, so controls, drawing and caption agree.
 */
export function useStructure(fig2: Fig2Spec, spec: StructureSpec, initial: StructureView, lang: "ja" | "en", m: StructureMessages): StructureState {
  const [f2, setF2] = useUrlState("f2", fig2);
  const [own, setOwn] = useUrlState("f2d", spec);
  const loaded = useFigureModel();
  const inputs: StructureInputs = { scenario: own.scenario, campusShare: f2.campusShare };
  const defaults: StructureInputs = { scenario: spec.scenario.default, campusShare: fig2.campusShare.default };
  const isDefault = inputs.scenario === defaults.scenario && inputs.campusShare === defaults.campusShare && own.quarter === spec.quarter.default;
  const key = JSON.stringify([inputs, own.quarter]);
  // The serialised state is the dependency: `inputs` is a fresh object on every render.
  const run = useMemo(() => (isDefault || !loaded ? null : loaded.structureRun(inputs, defaults, own.quarter, lang, m)), [isDefault, loaded, key, lang]);
  const shown = useRef<{ inputs: StructureInputs; view: StructureView }>({ inputs, view: initial });

  useEffect(() => {
    if (!isDefault && !loaded) void loadFigureModel();
  }, [isDefault, loaded]);

  let error: string | null = null;
  if (isDefault) shown.current = { inputs, view: initial };
  else if (run?.ok) shown.current = { inputs, view: run.data };
  else if (run) error = run.error;
  return {
    ...shown.current,
    setCampusShare: (v) => setF2({ campusShare: v }),
    setOwn,
    error,
    prepare,
  };
}
