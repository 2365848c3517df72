/**
 * Formulas of a rubric profile: arithmetic over named data items, written as text a department can edit
 * ("编外人员数 / (在编人数 + 编外人员数)"). Profiles travel inside workbooks from anyone, so the text is never
 * evaluated as code: a tiny parser turns it into a JSON expression tree and a small interpreter computes it.
 *
 * Grammar:  expr := term (("+" | "-") term)* ;  term := unary (("*" | "/" | "×" | "÷") unary)* ;
 *           unary := "-" unary | atom ;  atom := number ["%"] | name | name "(" expr ("," expr)* ")" | "(" expr ")"
 * Names are runs of letters, digits and "_" (Chinese included); a name holding other characters is written in
 * braces: {三公经费预算数（不含因公出国）}. Functions: min, max, abs.
 */

export type Expr =
  | { type: "num"; value: number }
  | { type: "ref"; name: string }
  | { type: "neg"; arg: Expr }
  | { type: "bin"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr }
  | { type: "call"; fn: FunctionName; args: Expr[] };

export const FUNCTIONS = ["min", "max", "abs"] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

/** A syntax error at a character position of the formula text. */
export class FormulaSyntaxError extends Error {
  constructor(
    readonly reason: "unexpected" | "end" | "unknownFunction" | "arity" | "unclosedBrace" | "tooDeep" | "tooLong",
    readonly position: number,
    readonly token: string,
  ) {
    super(`formula ${reason} at ${position}: ${token}`);
  }
}

type Token =
  | { kind: "num"; value: number; pos: number; text: string }
  | { kind: "name"; value: string; pos: number; text: string }
  | { kind: "op"; value: string; pos: number; text: string }
  | { kind: "end"; pos: number; text: string };

const NAME_CHAR = /[\p{L}\p{N}_]/u;

/** Full-width operators and parentheses people type in Chinese input mode, as ASCII (names in braces untouched). */
function normaliseOperator(ch: string): string {
  const map: Record<string, string> = { "（": "(", "）": ")", "＋": "+", "－": "-", "−": "-", "＊": "*", "×": "*", "÷": "/", "／": "/", "，": ",", "％": "%" };
  return map[ch] ?? ch;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = normaliseOperator(text[i]);
    if (/\s|\u3000/.test(ch)) {
      i++;
      continue;
    }
    if (/[0-9.０-９]/.test(ch)) {
      const start = i;
      while (i < text.length && /[0-9.０-９]/.test(text[i])) i++;
      const raw = text.slice(start, i).normalize("NFKC");
      if (!/^(\d+(\.\d*)?|\.\d+)$/.test(raw)) throw new FormulaSyntaxError("unexpected", start, raw);
      let value = Number(raw);
      if (i < text.length && normaliseOperator(text[i]) === "%") {
        value /= 100;
        i++;
      }
      out.push({ kind: "num", value, pos: start, text: text.slice(start, i) });
      continue;
    }
    if (ch === "{") {
      const close = text.indexOf("}", i + 1);
      if (close < 0) throw new FormulaSyntaxError("unclosedBrace", i, "{");
      const name = text.slice(i + 1, close).trim();
      if (!name) throw new FormulaSyntaxError("unexpected", i, "{}");
      out.push({ kind: "name", value: name, pos: i, text: text.slice(i, close + 1) });
      i = close + 1;
      continue;
    }
    if (NAME_CHAR.test(ch)) {
      const start = i;
      while (i < text.length && NAME_CHAR.test(text[i])) i++;
      const name = text.slice(start, i);
      out.push({ kind: "name", value: name, pos: start, text: name });
      continue;
    }
    if ("+-*/(),".includes(ch)) {
      out.push({ kind: "op", value: ch, pos: i, text: text[i] });
      i++;
      continue;
    }
    throw new FormulaSyntaxError("unexpected", i, text[i]);
  }
  out.push({ kind: "end", pos: text.length, text: "" });
  return out;
}

/**
 * Bounds that keep parsing and evaluation (both recursive) far from the stack's limit: a rubric's formula is a
 * line of arithmetic, never thousands of terms or brackets.
 */
const MAX_TOKENS = 2_000;
const MAX_DEPTH = 100;

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {
    if (tokens.length > MAX_TOKENS) throw new FormulaSyntaxError("tooLong", tokens[MAX_TOKENS].pos, tokens[MAX_TOKENS].text);
  }

  private peek(): Token {
    return this.tokens[this.i];
  }
  private next(): Token {
    return this.tokens[this.i++];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.kind === "op" && t.value === v;
  }
  private expect(v: string): void {
    const t = this.next();
    if (t.kind !== "op" || t.value !== v) throw new FormulaSyntaxError(t.kind === "end" ? "end" : "unexpected", t.pos, t.text);
  }

  parse(): Expr {
    const e = this.expr();
    const t = this.peek();
    if (t.kind !== "end") throw new FormulaSyntaxError("unexpected", t.pos, t.text);
    return e;
  }

  private expr(): Expr {
    if (++this.depth > MAX_DEPTH) throw new FormulaSyntaxError("tooDeep", this.peek().pos, this.peek().text);
    const e = this.sum();
    this.depth--;
    return e;
  }

  private sum(): Expr {
    let left = this.term();
    while (this.isOp("+") || this.isOp("-")) {
      const op = this.isOp("+") ? "+" : "-";
      this.next();
      left = { type: "bin", op, left, right: this.term() };
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    while (this.isOp("*") || this.isOp("/")) {
      const op = this.isOp("*") ? "*" : "/";
      this.next();
      left = { type: "bin", op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    // Signs nest too ("- - - - x"): counted like brackets.
    if (this.isOp("-") || this.isOp("+")) {
      const negate = this.isOp("-");
      this.next();
      if (++this.depth > MAX_DEPTH) throw new FormulaSyntaxError("tooDeep", this.peek().pos, this.peek().text);
      const arg = this.unary();
      this.depth--;
      return negate ? { type: "neg", arg } : arg;
    }
    return this.atom();
  }

  private atom(): Expr {
    const t = this.next();
    if (t.kind === "num") return { type: "num", value: t.value };
    if (t.kind === "name") {
      if (this.isOp("(")) {
        const fn = t.value.toLowerCase();
        if (!(FUNCTIONS as readonly string[]).includes(fn)) throw new FormulaSyntaxError("unknownFunction", t.pos, t.value);
        this.next();
        const args: Expr[] = [this.expr()];
        while (this.isOp(",")) {
          this.next();
          args.push(this.expr());
        }
        this.expect(")");
        if (fn === "abs" && args.length !== 1) throw new FormulaSyntaxError("arity", t.pos, t.value);
        return { type: "call", fn: fn as FunctionName, args };
      }
      return { type: "ref", name: t.value };
    }
    if (t.kind === "op" && t.value === "(") {
      const e = this.expr();
      this.expect(")");
      return e;
    }
    throw new FormulaSyntaxError(t.kind === "end" ? "end" : "unexpected", t.pos, t.text);
  }
}

const cache = new Map<string, Expr>();

/** Parse formula text into an expression tree; throws FormulaSyntaxError. Parsed trees are cached by text. */
export function parseFormula(text: string): Expr {
  const hit = cache.get(text);
  if (hit) return hit;
  const e = new Parser(tokenize(text)).parse();
  cache.set(text, e);
  return e;
}

/** Every name a formula refers to, in order of first use. */
export function referencedNames(e: Expr, out: string[] = []): string[] {
  switch (e.type) {
    case "num":
      break;
    case "ref":
      if (!out.includes(e.name)) out.push(e.name);
      break;
    case "neg":
      referencedNames(e.arg, out);
      break;
    case "bin":
      referencedNames(e.left, out);
      referencedNames(e.right, out);
      break;
    case "call":
      for (const a of e.args) referencedNames(a, out);
      break;
  }
  return out;
}

export type EvalResult =
  | { ok: true; value: number }
  | { ok: false; reason: "missing"; names: string[] }
  | { ok: false; reason: "divideByZero" };

/**
 * Compute a formula. `lookup` returns a name's value or undefined when the workbook does not hold it; every
 * missing name is reported, so a reviewer learns all the data an item needs at once.
 */
export function evaluate(e: Expr, lookup: (name: string) => number | undefined): EvalResult {
  const missing = referencedNames(e).filter((n) => lookup(n) === undefined);
  if (missing.length) return { ok: false, reason: "missing", names: missing };
  let divZero = false;
  const run = (x: Expr): number => {
    switch (x.type) {
      case "num":
        return x.value;
      case "ref":
        return lookup(x.name)!;
      case "neg":
        return -run(x.arg);
      case "bin": {
        const a = run(x.left);
        const b = run(x.right);
        if (x.op === "+") return a + b;
        if (x.op === "-") return a - b;
        if (x.op === "*") return a * b;
        if (b === 0) {
          divZero = true;
          return 0;
        }
        return a / b;
      }
      case "call": {
        const args = x.args.map(run);
        if (x.fn === "min") return Math.min(...args);
        if (x.fn === "max") return Math.max(...args);
        return Math.abs(args[0]);
      }
    }
  };
  const value = run(e);
  if (divZero || !Number.isFinite(value)) return { ok: false, reason: "divideByZero" };
  return { ok: true, value };
}

/** Parse and compute in one step (for formulas already validated by the profile schema). */
export function evaluateText(text: string, lookup: (name: string) => number | undefined): EvalResult {
  return evaluate(parseFormula(text), lookup);
}
