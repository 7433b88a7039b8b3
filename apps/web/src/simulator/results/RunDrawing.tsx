import type { ReactNode } from "react";
import { keptServerChildren } from "@/lib/kept-server-children";
import { useKeepServerMarkup } from "@/lib/use-server-markup";

interface Props<T> {
  /** What the part is drawn from; null in the browser while the server's run is still the one shown. */
  data: T | null;
  draw: (data: T) => ReactNode;
  /** Said while there is nothing to draw yet: a client-side visit before the model has loaded. */
  pending: string;
  className?: string;
}

/**
 * A part of the simulator drawn from a run. Hydration keeps what the server drew (the browser has no run
 * until the model loads), until `data` first arrives; after that, or when the page was not served with this
 * markup, it draws `data`, or says it is computing while there is none.
 */
export function RunDrawing<T>({ data, draw, pending, className = "sim-run" }: Props<T>) {
  const keep = useKeepServerMarkup(data === null);
  if (keep) return <div key="server" className={className} {...keptServerChildren} />;
  return (
    <div key="drawn" className={className}>
      {data === null ? (
        <p className="sim-pending" aria-busy="true">
          {pending}
        </p>
      ) : (
        draw(data)
      )}
    </div>
  );
}
