// Values on hover and focus for every chart that declares a readout (Chart's `readout`), in its own chunk: the
// page's first script stays small and this loads with the page's other enhancements on the reader's first
// interaction. It reads the numbers from the chart's own data table (the figure's section), so what it shows is
// exactly what the table says, formatted once, by the figure; it draws nothing inside React's tree.

/** Space between the readout and the rule or the window's edge (CSS pixels). */
const GAP = 10;
/** Positions a PageUp/PageDown key moves: a year of quarters. */
const PAGE = 4;

interface Target {
  svg: SVGSVGElement;
  /** Positions along the x axis, their first and last x (SVG units) and the table row of position 0. */
  count: number;
  x0: number;
  x1: number;
  firstRow: number;
}

/** The chart an event concerns, with its readout geometry from `data-readout` ("count x0 x1 firstRow"). */
function targetOf(node: EventTarget | null): Target | null {
  const svg = node instanceof Element ? node.closest<SVGSVGElement>("svg[data-readout]") : null;
  if (!svg) return null;
  const [count, x0, x1, firstRow] = (svg.dataset.readout ?? "").split(" ").map(Number);
  if (!count || count < 1 || !Number.isFinite(x0) || !Number.isFinite(x1)) return null;
  return { svg, count, x0: x0!, x1: x1!, firstRow: Number.isFinite(firstRow) ? firstRow! : 0 };
}

/** The row of the chart's data table at a position and the table's header row; null when the table has none. */
function rowAt(target: Target, index: number): { row: HTMLTableRowElement; headers: HTMLCollectionOf<HTMLTableCellElement> } | null {
  const table = target.svg.closest("section")?.querySelector<HTMLTableElement>(".data-table table");
  const row = table?.tBodies[0]?.rows[index + target.firstRow];
  const headers = table?.tHead?.rows[0]?.cells;
  return row && headers && row.cells.length > 0 ? { row, headers } : null;
}

/** A row's values as the readout lists them: the row's header, then each column's label and cell. */
function readoutContent({ row, headers }: NonNullable<ReturnType<typeof rowAt>>): Node[] {
  const title = document.createElement("strong");
  title.textContent = row.cells[0]?.textContent ?? "";
  const list = document.createElement("dl");
  for (let j = 1; j < row.cells.length; j++) {
    const term = document.createElement("dt");
    term.textContent = headers[j]?.textContent ?? "";
    const detail = document.createElement("dd");
    detail.textContent = row.cells[j]?.textContent ?? "";
    list.append(term, detail);
  }
  return [title, list];
}

/** The position nearest to a point of the screen, from the chart's current screen transform. */
function indexAt(target: Target, clientX: number): number {
  const matrix = target.svg.getScreenCTM();
  if (!matrix || target.count === 1 || target.x1 === target.x0) return 0;
  const x = (clientX - matrix.e) / matrix.a;
  const i = Math.round(((x - target.x0) / (target.x1 - target.x0)) * (target.count - 1));
  return Math.max(0, Math.min(target.count - 1, i));
}

/** Shows values of charts on hover, on a tap and on keyboard focus (arrows move). Returns the cleanup. */
export function enhanceChartReadouts(): () => void {
  const box = document.createElement("div");
  box.className = "chart-readout";
  box.setAttribute("role", "status");
  box.hidden = true;
  const rule = document.createElement("div");
  rule.className = "chart-readout-rule";
  rule.setAttribute("aria-hidden", "true");
  rule.hidden = true;
  document.body.append(rule, box);

  let shown: { target: Target; index: number; by: "pointer" | "keyboard" } | null = null;
  // where each chart's values last were, so that focus or a key after Escape comes back there
  const lastIndex = new WeakMap<SVGSVGElement, number>();
  // the table row the box now lists
  let drawnRow: HTMLTableRowElement | null = null;

  const hide = () => {
    shown = null;
    box.hidden = true;
    rule.hidden = true;
  };

  const show = (target: Target, index: number, by: "pointer" | "keyboard", clientY?: number) => {
    const row = rowAt(target, index);
    if (!row) return hide();
    const matrix = target.svg.getScreenCTM();
    if (!matrix) return hide();
    shown = { target, index, by };
    lastIndex.set(target.svg, index);
    // a pointer moving within one quarter re-places the box; only another row (or a redrawn table) refills it
    if (row.row !== drawnRow) {
      drawnRow = row.row;
      box.replaceChildren(...readoutContent(row));
    }
    box.hidden = false;
    rule.hidden = false;

    // the rule at the position, over the chart's height; the box beside it, inside the window
    const svgBox = target.svg.getBoundingClientRect();
    const at = target.count === 1 ? target.x0 : target.x0 + ((target.x1 - target.x0) * index) / (target.count - 1);
    const screenX = matrix.a * at + matrix.e;
    rule.style.left = `${screenX + window.scrollX}px`;
    rule.style.top = `${svgBox.top + window.scrollY}px`;
    rule.style.height = `${svgBox.height}px`;
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    let left: number;
    let top: number;
    if (svgBox.width < 2 * width + 4 * GAP) {
      // a narrow chart (a phone): beside the rule the values would cover the chart; below it (above if no room)
      left = Math.min(Math.max(GAP, screenX - width / 2), Math.max(GAP, window.innerWidth - GAP - width));
      top = svgBox.bottom + GAP + height <= window.innerHeight - GAP ? svgBox.bottom + GAP : Math.max(GAP, svgBox.top - GAP - height);
    } else {
      const right = screenX + GAP;
      left = right + width <= window.innerWidth - GAP ? right : Math.max(GAP, screenX - GAP - width);
      const wantedTop = (clientY ?? svgBox.top + GAP) - height / 2;
      top = Math.min(Math.max(GAP, wantedTop), Math.max(GAP, window.innerHeight - GAP - height));
    }
    box.style.left = `${left + window.scrollX}px`;
    box.style.top = `${top + window.scrollY}px`;
  };

  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === "touch") return;
    const target = targetOf(event.target);
    if (target) show(target, indexAt(target, event.clientX), "pointer", event.clientY);
    else if (shown?.by === "pointer") hide();
  };
  // A tap shows the values where the finger is; a tap elsewhere takes them away.
  const onPointerDown = (event: PointerEvent) => {
    const target = targetOf(event.target);
    if (target && event.pointerType === "touch") show(target, indexAt(target, event.clientX), "pointer", event.clientY);
    else if (!target && shown) hide();
  };
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target instanceof SVGSVGElement ? targetOf(event.target) : null;
    if (target) show(target, Math.min(target.count - 1, lastIndex.get(target.svg) ?? target.count - 1), "keyboard");
  };
  const onFocusOut = (event: FocusEvent) => {
    if (shown?.by === "keyboard" && event.target === shown.target.svg) hide();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target instanceof SVGSVGElement ? targetOf(event.target) : null;
    if (!target) return;
    if (event.key === "Escape") {
      hide();
      return;
    }
    const last = target.count - 1;
    const index = Math.min(last, shown?.target.svg === target.svg ? shown.index : (lastIndex.get(target.svg) ?? last));
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, PageUp: index - PAGE, PageDown: index + PAGE, Home: 0, End: last };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    // after Escape, the first key shows the values again where they were
    show(target, shown ? Math.max(0, Math.min(last, to)) : index, "keyboard");
  };
  // A control moved: the chart is redrawn and the values shown are no longer its own.
  const onInput = () => {
    if (shown?.by === "pointer") hide();
  };
  const onResize = () => {
    if (shown) hide();
  };

  document.addEventListener("pointermove", onPointerMove, { passive: true });
  document.addEventListener("pointerdown", onPointerDown, { passive: true });
  document.addEventListener("focusin", onFocusIn);
  document.addEventListener("focusout", onFocusOut);
  document.addEventListener("keydown", onKeyDown);
  document.addEventListener("input", onInput, true);
  window.addEventListener("resize", onResize);
  // a chart focused before this code loaded
  const focused = targetOf(document.activeElement);
  if (focused && document.activeElement === focused.svg) show(focused, focused.count - 1, "keyboard");
  return () => {
    document.removeEventListener("pointermove", onPointerMove);
    document.removeEventListener("pointerdown", onPointerDown);
    document.removeEventListener("focusin", onFocusIn);
    document.removeEventListener("focusout", onFocusOut);
    document.removeEventListener("keydown", onKeyDown);
    document.removeEventListener("input", onInput, true);
    window.removeEventListener("resize", onResize);
    box.remove();
    rule.remove();
  };
}
