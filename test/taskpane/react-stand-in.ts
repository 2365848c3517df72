/**
 * A minimal stand-in for React's hooks, for running the pane's hook (use-checker.ts) in Jest without a renderer:
 * state kept by call order, effects run after a render when their dependencies changed, each effect's cleanup run
 * before it runs again and at unmount — as React does. A test file installs it with
 *   jest.mock("react", () => jest.requireActual<typeof import("./react-stand-in")>("./react-stand-in").standInReact());
 * and renders with renderHook(() => useChecker(...)), unmount() after each test.
 */
export const hookState = {
  slots: [] as unknown[],
  index: 0,
  effects: [] as (() => void)[],
  /** What each effect returned, by slot: run when it runs again, and all at unmount. */
  cleanups: new Map<number, () => void>(),
};

/** The module "react" as far as the pane's hook uses it. */
export function standInReact() {
  const slot = <T>(init: () => T): [T, number] => {
    const i = hookState.index++;
    if (!(i in hookState.slots)) hookState.slots[i] = init();
    return [hookState.slots[i] as T, i];
  };
  return {
    startTransition: (f: () => void) => f(),
    createContext: (value: unknown) => ({ value }),
    useContext: () => ({ lang: "zh", t: (key: string) => key }),
    useState: <T>(init: T | (() => T)) => {
      const [value, i] = slot(() => (typeof init === "function" ? (init as () => T)() : init));
      const set = (next: T | ((prev: T) => T)) => {
        hookState.slots[i] = typeof next === "function" ? (next as (prev: T) => T)(hookState.slots[i] as T) : next;
      };
      return [value, set];
    },
    useRef: <T>(init: T) => slot(() => ({ current: init }))[0],
    useCallback: <F>(fn: F) => (hookState.index++, fn),
    useMemo: <T>(fn: () => T) => (hookState.index++, fn()),
    useEffect: (effect: () => void | (() => void), deps?: unknown[]) => {
      const i = hookState.index++;
      const prev = hookState.slots[i] as unknown[] | undefined;
      if (!prev || !deps || deps.some((d, k) => !Object.is(d, prev[k]))) {
        hookState.slots[i] = deps;
        hookState.effects.push(() => {
          hookState.cleanups.get(i)?.();
          const cleanup = effect();
          if (typeof cleanup === "function") hookState.cleanups.set(i, cleanup);
          else hookState.cleanups.delete(i);
        });
      }
    },
  };
}

/** One render of the hook, then its effects, as React commits them. */
export function renderHook<T>(hook: () => T): T {
  hookState.index = 0;
  hookState.effects = [];
  const value = hook();
  for (const effect of hookState.effects.splice(0)) effect();
  return value;
}

/** The pane closed, as React unmounts it: every effect's cleanup runs (the hook stops its timers and workers). */
export function unmount(): void {
  for (const cleanup of hookState.cleanups.values()) cleanup();
  hookState.cleanups.clear();
  hookState.slots = [];
}
