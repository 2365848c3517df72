import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";

/**
 * A small window over a long list that scrolls with the page (the pane scrolls the document, its top bar is
 * sticky): only the rows in view, and a screen above and below, are rendered; spacers stand for the rest. Row
 * heights are estimated until a row has been rendered once, then measured (a ResizeObserver follows changes).
 */

/** The first row at or below `y`, by the rows' top offsets (offsets[i] = top of row i; offsets[n] = total). */
export function rowAt(offsets: number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rows [start, end) to render for a view from `top` to `bottom` (list coordinates), `overscan` px around. */
export function windowOf(offsets: number[], top: number, bottom: number, overscan: number): { start: number; end: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const start = rowAt(offsets, Math.max(0, top - overscan));
  const end = Math.min(n, rowAt(offsets, Math.max(0, bottom + overscan)) + 1);
  return { start, end: Math.max(end, start) };
}

export interface VirtualRows {
  /** Rows to render: [start, end). */
  start: number;
  end: number;
  /** Heights of the spacers above and below. */
  before: number;
  after: number;
  /** Give each rendered row's element (with its row key) so its height is measured. */
  measure: (key: string) => (el: HTMLElement | null) => void;
  /** Bring row `i` into view (centred), rendering it first. */
  scrollTo: (i: number) => void;
}

/**
 * `keys`: each row's stable key; `estimate(i)`: its height before it is measured. `enabled` false renders every row
 * (a short list: nothing to gain, and every row stays findable by the page's own search).
 */
export function useVirtualRows(container: React.RefObject<HTMLElement | null>, keys: string[], estimate: (i: number) => number, enabled: boolean): VirtualRows {
  const heights = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [view, setView] = useState({ top: 0, bottom: typeof window === "undefined" ? 1000 : window.innerHeight });

  const offsets = useMemo(() => {
    const o = new Array<number>(keys.length + 1);
    o[0] = 0;
    for (let i = 0; i < keys.length; i++) o[i + 1] = o[i] + (heights.current.get(keys[i]) ?? estimate(i));
    return o;
  }, [keys, estimate, version]);

  // Where the page's view lies in the list's coordinates: on scroll and resize, at most once a frame.
  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const el = container.current;
      if (!el) return;
      const top = -el.getBoundingClientRect().top;
      const next = { top, bottom: top + window.innerHeight };
      setView((v) => (Math.abs(v.top - next.top) < 40 && Math.abs(v.bottom - next.bottom) < 40 ? v : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [enabled, container]);

  const observer = useRef<ResizeObserver | null>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (typeof ResizeObserver === "undefined") return;
    observer.current = new ResizeObserver((entries) => {
      let changed = false;
      for (const e of entries) {
        const key = (e.target as HTMLElement).dataset.row;
        if (!key) continue;
        const h = (e.target as HTMLElement).offsetHeight;
        if (h && heights.current.get(key) !== h) {
          heights.current.set(key, h);
          changed = true;
        }
      }
      if (changed && !pending.current) {
        pending.current = true;
        requestAnimationFrame(() => {
          pending.current = false;
          setVersion((v) => v + 1);
        });
      }
    });
    return () => observer.current?.disconnect();
  }, []);

  // One ref callback per row key, kept: a new one at every render would have React detach and attach every rendered
  // row at every commit, each time reading its height (a forced layout) and observing it again.
  const refs = useMemo(() => new Map<string, (el: HTMLElement | null) => void>(), [enabled]);
  const measure = useCallback(
    (key: string) => {
      let ref = refs.get(key);
      if (!ref) {
        let observed: HTMLElement | null = null;
        ref = (el: HTMLElement | null) => {
          if (observed && observed !== el) observer.current?.unobserve(observed);
          observed = null;
          if (!el || !enabled) return;
          el.dataset.row = key;
          const h = el.offsetHeight;
          if (h && heights.current.get(key) !== h) heights.current.set(key, h);
          observer.current?.observe(el);
          observed = el;
        };
        refs.set(key, ref);
      }
      return ref;
    },
    [refs, enabled],
  );

  // Scrolling to a row far away: jump to its estimated place, then once rendered, centre the element itself.
  const [target, setTarget] = useState<number | null>(null);
  const jump = useCallback(
    (i: number, el: HTMLElement) => {
      const listTop = el.getBoundingClientRect().top + window.scrollY;
      const y = listTop + (offsets[i] ?? 0) - window.innerHeight / 2;
      window.scrollTo({ top: Math.max(0, y) });
      const top = -el.getBoundingClientRect().top;
      setView({ top, bottom: top + window.innerHeight });
    },
    [offsets],
  );
  const jumps = useRef(0);
  const scrollTo = useCallback(
    (i: number) => {
      const el = container.current;
      jumps.current = 0;
      if (enabled && el) jump(i, el);
      setTarget(i);
    },
    [enabled, container, jump],
  );
  useLayoutEffect(() => {
    if (target === null) return;
    // Each rendered row carries data-row-index (FindingList).
    const el = container.current;
    const row = el?.querySelector(`[data-row-index="${target}"]`);
    if (row) {
      row.scrollIntoView?.({ block: "center" });
      setTarget(null);
      return;
    }
    // Not rendered after the jump: rows measured since (a width change re-measures them) moved it out of the window.
    // Jump again with the offsets as they are now; a few times at most, so a list that never settles cannot loop.
    if (enabled && el && jumps.current < 5) {
      jumps.current++;
      jump(target, el);
    }
  });

  if (!enabled) return { start: 0, end: keys.length, before: 0, after: 0, measure, scrollTo };
  const { start, end } = windowOf(offsets, view.top, view.bottom, window.innerHeight);
  return { start, end, before: offsets[start], after: offsets[keys.length] - offsets[end], measure, scrollTo };
}
