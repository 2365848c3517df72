/**
 * Microsoft's own office.js client (npm @microsoft/office-js, the Excel on the web build), run in Node against a
 * stub executor, so that request sizes are what the real client sends — not our guess.
 *
 * `teeEnvironment(fake)` runs the Office.js host against the in-memory Excel as usual, and mirrors every call the
 * host makes onto a real `Excel.RequestContext`. At each `context.sync()` the in-memory Excel applies the request
 * and the real client serialises the same request; its body (UTF-8 JSON, what goes to Excel) is measured.
 *
 * Where this build (1.1.110) lacks an API the host uses, the nearest one of the same shape stands in: the notes
 * API (ExcelApi 1.18) is measured as the comments API (`add(cell, text)`, `getItemByCell`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import type { ExcelEnvironment } from "../../../src/hosts/excel/context";
import type { FakeExcel } from "./fake-excel";

interface Client {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & { SessionBase: { _overrideSession?: unknown } };
}

interface RequestMessage {
  Body: { Actions: { Id: number; ActionType: number }[] };
}

let client: Client | undefined;
/** Bytes of each request body the stub executor received, appended while `recording` is set. */
let sink: number[] | null = null;

export const OFFICE_JS_BUILD = "@microsoft/office-js/dist/excel-web-16.00.debug.js";

/** Load office.js once per test file: its Excel on the web build in a vm context with the few browser globals it reads. */
export function officeClient(): Client {
  if (client) return client;
  const file = require.resolve(OFFICE_JS_BUILD, { paths: [path.resolve(__dirname, "../../..")] });
  const win: Record<string, unknown> = {
    navigator: { userAgent: "node" },
    location: { href: "https://localhost/", search: "" },
    addEventListener() {},
    removeEventListener() {},
    setTimeout,
    clearTimeout,
    console,
    document: { readyState: "complete", addEventListener() {}, getElementsByTagName: () => [], createElement: () => ({ style: {} }) },
  };
  win.window = win;
  win.self = win;
  win.top = win;
  const context = vm.createContext(win);
  vm.runInContext(readFileSync(file, "utf8"), context, { filename: "excel-web-16.00.debug.js" });
  const c = context as unknown as Client;
  // The stub executor: records the body and answers as Excel does for what the body instantiates (a reference id
  // per object, so objects stay usable across syncs in one run); loads get no data (the in-memory Excel has it).
  const executor = {
    executeAsync(_custom: unknown, _flags: unknown, message: RequestMessage) {
      sink?.push(Buffer.byteLength(JSON.stringify(message.Body), "utf8"));
      const Results = message.Body.Actions.filter((a) => a.ActionType === 1).map((a) => ({ ActionId: a.Id, Value: { _ReferenceId: `r${a.Id}` } }));
      return Promise.resolve({ ErrorCode: "", ErrorMessage: "", HttpStatusCode: 200, Headers: {}, Body: { Results } });
    },
  };
  c.OfficeExtension.SessionBase._overrideSession = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "https://stub/", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
  client = c;
  return c;
}

/** Bytes of the requests one build function makes with the real client (each sync is one request). */
export async function realRequests(build: (context: Excel.RequestContext) => Promise<void>): Promise<number[]> {
  const c = officeClient();
  const out: number[] = [];
  await c.Excel.run(async (context) => {
    sink = out;
    try {
      await build(context);
    } finally {
      sink = null;
    }
  });
  return out;
}

/** Members this office.js build lacks, and the member of the same shape measured instead. */
const STAND_IN: Record<string, string> = { notes: "comments", getItemOrNullObject: "getItemByCell" };

type Obj = Record<string | symbol, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Promise);

/** Tee proxies: the fake object and its real-client twin. */
const pairs = new WeakMap<object, { fake: Obj; real: Obj | undefined }>();
const fakeOf = (v: unknown) => (isObject(v) && pairs.has(v) ? pairs.get(v)!.fake : v);
const realOf = (v: unknown) => (isObject(v) && pairs.has(v) ? pairs.get(v)!.real : v);

function realMember(real: Obj | undefined, prop: string | symbol): unknown {
  if (!real) return undefined;
  try {
    const v = real[prop];
    if (v !== undefined || typeof prop !== "string" || !(prop in STAND_IN)) return v;
    return real[STAND_IN[prop]];
  } catch {
    return undefined;
  }
}

function tee(fake: Obj, realOrThunk: Obj | undefined | (() => Obj | undefined), onSync: () => Promise<void>): Obj {
  // A loaded item's twin is made only when the host acts on it (as in Excel, where reading a loaded property sends nothing).
  let twin = typeof realOrThunk === "function" ? undefined : realOrThunk;
  const thunk = typeof realOrThunk === "function" ? realOrThunk : undefined;
  const realNow = (): Obj | undefined => twin ?? (thunk ? (twin = thunk()) : undefined);
  const proxy: Obj = new Proxy(fake, {
    get(target, prop) {
      const fv = Reflect.get(target, prop, target);
      if (prop === "sync" && typeof fv === "function") {
        return async () => {
          await (fv as () => Promise<void>).call(target);
          await onSync();
        };
      }
      if (typeof fv === "function") {
        return (...args: unknown[]) => {
          const fr = (fv as (...a: unknown[]) => unknown).apply(target, args.map(fakeOf));
          let rr: unknown;
          const real = realNow();
          const rm = realMember(real, prop);
          if (typeof rm === "function") {
            try {
              rr = (rm as (...a: unknown[]) => unknown).apply(real, args.map(realOf));
            } catch {
              rr = undefined;
            }
          }
          if (fr === target) return proxy;
          return isObject(fr) ? tee(fr, isObject(rr) ? rr : undefined, onSync) : fr;
        };
      }
      if (isObject(fv)) {
        const rv = realMember(realNow(), prop);
        return tee(fv, isObject(rv) ? rv : undefined, onSync);
      }
      if (Array.isArray(fv) && prop === "items") {
        // Loaded items: the real client got no data for them, so each is reached the way the host names it.
        const col = realNow();
        return fv.map((item: unknown, i) => {
          if (!isObject(item)) return item;
          const make = (): Obj | undefined => {
            let t: unknown;
            try {
              const name = (item as { name?: unknown }).name;
              t = typeof name === "string" && typeof col?.getItem === "function" ? (col.getItem as (n: string) => unknown)(name) : typeof col?.getItemAt === "function" ? (col.getItemAt as (n: number) => unknown)(i) : undefined;
            } catch {
              t = undefined;
            }
            return isObject(t) ? t : undefined;
          };
          return tee(item, make, onSync);
        });
      }
      return fv;
    },
    set(target, prop, value) {
      Reflect.set(target, prop, fakeOf(value), target);
      const real = realNow();
      if (real) {
        try {
          real[prop] = realOf(value);
        } catch {
          // A value the real client validates differently: the in-memory Excel decides.
        }
      }
      return true;
    },
  });
  pairs.set(proxy, {
    fake,
    get real() {
      return realNow();
    },
  });
  return proxy;
}

export interface TeeEnvironment {
  env: ExcelEnvironment;
  /** Bytes of every request the real client serialised for the host's syncs, in order. */
  requests: number[];
}

/** The in-memory Excel's environment, with every request also serialised by Microsoft's client and measured. */
export function teeEnvironment(fake: FakeExcel): TeeEnvironment {
  const c = officeClient();
  const requests: number[] = [];
  const inner = fake.env();
  const env: ExcelEnvironment = {
    isSetSupported: inner.isSetSupported,
    run: (batch, options) =>
      inner.run(
        (fakeContext) =>
          c.Excel.run(async (realContext) => {
            const onSync = async () => {
              sink = requests;
              try {
                await realContext.sync();
              } finally {
                sink = null;
              }
            };
            return batch(tee(fakeContext as unknown as Obj, realContext as unknown as Obj, onSync) as unknown as Excel.RequestContext);
          }),
        options,
      ),
  };
  return { env, requests };
}
