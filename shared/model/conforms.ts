/**
 * A quick yes to "would this zod schema accept the value exactly as it is?", for values the program built itself
 * (an import's plan): `conformsTo(PlanDoc)(doc)` is true only when `PlanDoc.safeParse(doc)` would succeed and give
 * back the same data — same keys in the same order, nothing stripped, no defaults or transforms applied — so the
 * caller may use `doc` itself and skip zod's walk, which makes a new payload for every value and a copy of every
 * object (about a tenth of an import, and more in a fresh worker). Anything else — a wrong value, an unknown key,
 * keys in another order, an object or array reached twice, a schema construct this file does not know — is a
 * "no", and the caller runs zod as before, which gives its result or its error. So the answer may be too strict,
 * never too lax: a check added to the schema that is not listed here (a refine, a regex, a transform) makes every
 * value a "no" until it is taught here. The checker is derived from the schema, not written beside it.
 *
 * Understood (zod v4 defs): string (min/max length), number (finite; int; bounds), boolean, literal, enum,
 * nullable, optional, array (no checks), object (strip or strict), lazy, record (string keys), union of primitives.
 */
import type { z } from 'zod';

type Check = (v: unknown, seen: Set<object>) => boolean;

const NO: Check = () => false;

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> & { check: string } } }[];
  coerce?: boolean;
  [k: string]: unknown;
}

const defOf = (s: unknown): Def | null => ((s as { _zod?: { def?: Def } })?._zod?.def ?? null);

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { const d = s.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) i++; }
    n++;
  }
  return n;
}

/** Adds `v` to `seen`: false if it was there (one hash lookup, where has() then add() were two). */
function once(seen: Set<object>, v: object): boolean {
  const n = seen.size;
  return seen.add(v).size !== n;
}

const compiled = new WeakMap<object, Check>();

/** The checker of one schema (memoised; recursion through z.lazy resolves on first use). */
function checker(schema: unknown): Check {
  const key = schema as object;
  const got = compiled.get(key);
  if (got) return got;
  // a placeholder that forwards, so a schema that reaches itself (z.lazy) compiles once
  let real: Check = NO;
  const forward: Check = (v, seen) => real(v, seen);
  compiled.set(key, forward);
  real = build(schema);
  compiled.set(key, real);
  return real;
}

/** Primitive-valued schemas: their output is their input, so a union of them is safe to answer for. */
const PRIMITIVE = new Set(['string', 'number', 'boolean', 'literal', 'enum', 'null']);

function build(schema: unknown): Check {
  const def = defOf(schema);
  if (!def || def.coerce) return NO;
  // a schema that is itself a check (z.int(), z.email(), z.iso.date(): the check on the def, not in def.checks)
  if (def.check !== undefined || def.format !== undefined) return NO;
  const checks = def.checks ?? [];
  // only strings and numbers read their checks below; a check on any other schema (z.enum(…).refine(…),
  // z.string().nullable().refine(…)) is one this file does not know
  if (checks.length && def.type !== 'string' && def.type !== 'number') return NO;
  switch (def.type) {
    case 'string': {
      let min = 0, max = Infinity;
      for (const c of checks) {
        const d = c._zod.def;
        if (d.check === 'min_length') min = Math.max(min, d.minimum as number);
        else if (d.check === 'max_length') max = Math.min(max, d.maximum as number);
        else return NO;
      }
      if (min === 0 && max === Infinity) return (v) => typeof v === 'string';
      // zod counts code points near a bound: at most `max` code units is at most `max` code points; at least `min`
      // code units may be fewer code points (a surrogate pair is one), so those are counted
      return (v) => typeof v === 'string' && v.length <= max && v.length >= min && (v.length >= 2 * min || codePoints(v) >= min);
    }
    case 'number': {
      let int = false, lo = -Infinity, loIn = true, hi = Infinity, hiIn = true;
      for (const c of checks) {
        const d = c._zod.def;
        if (d.check === 'number_format' && d.format === 'safeint') int = true;
        else if (d.check === 'greater_than') { lo = d.value as number; loIn = d.inclusive === true; }
        else if (d.check === 'less_than') { hi = d.value as number; hiIn = d.inclusive === true; }
        else return NO;
      }
      if (!int && checks.length === 0) return (v) => typeof v === 'number' && Number.isFinite(v);
      return (v) => typeof v === 'number' && Number.isFinite(v) && (!int || Number.isSafeInteger(v)) &&
        (loIn ? v >= lo : v > lo) && (hiIn ? v <= hi : v < hi);
    }
    case 'boolean':
      return checks.length ? NO : (v) => typeof v === 'boolean';
    case 'literal': {
      const values = def.values as unknown[];
      return (v) => values.includes(v);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => values.has(v);
    }
    case 'nullable': {
      const inner = checker(def.innerType);
      return (v, seen) => v === null || inner(v, seen);
    }
    case 'optional': {
      const inner = checker(def.innerType);
      return (v, seen) => v === undefined || inner(v, seen);
    }
    case 'lazy': {
      // the inner schema zod resolved (and keeps): the getter makes a new one on every call
      const lazy = schema as { _zod: { innerType?: unknown } };
      let inner: Check | null = null;
      return (v, seen) => (inner ??= checker(lazy._zod.innerType ?? (def.getter as () => unknown)()))(v, seen);
    }
    case 'array': {
      if (checks.length) return NO;
      const el = checker(def.element);
      return (v, seen) => {
        if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || !once(seen, v)) return false;
        for (let i = 0; i < v.length; i++) if (!(i in v) || !el(v[i], seen)) return false;
        return true;
      };
    }
    case 'object': {
      if (checks.length) return NO;
      // strip (no catchall) or strict (catchall never): either way a key outside the shape changes the answer
      const catchall = defOf(def.catchall);
      if (def.catchall !== undefined && catchall?.type !== 'never') return NO;
      const shape = def.shape as Record<string, unknown>;
      const names = Object.keys(shape);
      const order = new Map(names.map((k, i) => [k, i]));
      const fields = names.map((k) => checker(shape[k]));
      /** The last list of keys found in the shape's order: objects built alike have the same list (no lookups then). */
      let known: string[] = [];
      return (v, seen) => {
        if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype || !once(seen, v)) return false;
        const o = v as Record<string, unknown>;
        // the keys present, in the shape's order (zod builds its copy in that order). Object.prototype has no
        // enumerable key (conformsTo checks it), so the own enumerable keys are what a for-in loop would see
        const keys = Object.keys(o);
        let same = keys.length === known.length;
        for (let i = 0; same && i < keys.length; i++) same = keys[i] === known[i];
        if (!same) {
          let last = -1;
          for (let j = 0; j < keys.length; j++) {
            const i = order.get(keys[j]);
            if (i === undefined || i <= last) return false;
            last = i;
          }
          known = keys;
        }
        let own = keys.length;
        // (a key of the shape that is present but not enumerable would be copied by zod and not by JSON)
        for (let i = 0; i < names.length; i++) {
          if (names[i] in o) own--;
          if (!fields[i](o[names[i]], seen)) return false;
        }
        if (own !== 0) return false;
        return true;
      };
    }
    case 'record': {
      if (checks.length || def.mode === 'loose' || def.partial) return NO;
      const keyDef = defOf(def.keyType);
      if (keyDef?.type !== 'string') return NO;
      const keyOk = checker(def.keyType);
      const value = checker(def.valueType);
      return (v, seen) => {
        if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype || !once(seen, v)) return false;
        if (Object.getOwnPropertySymbols(v).length) return false;
        const o = v as Record<string, unknown>;
        for (const k in o) {
          if (k === '__proto__' || !Object.hasOwn(o, k) || !keyOk(k, seen) || !value(o[k], seen)) return false;
        }
        return true;
      };
    }
    case 'union': {
      if (checks.length) return NO;
      const options = def.options as unknown[];
      // zod answers with the first option that accepts: safe only where every option gives back its input
      if (!options.every((o) => PRIMITIVE.has(defOf(o)?.type ?? ''))) return NO;
      const each = options.map((o) => checker(o));
      return (v, seen) => each.some((c) => c(v, seen));
    }
    default:
      return NO;
  }
}

/**
 * `conformsTo(schema)(value)`: true only if `schema.safeParse(value)` would succeed with data equal to `value`
 * (see the top of this file); false says nothing — ask zod.
 */
export function conformsTo(schema: z.ZodType): (value: unknown) => boolean {
  let check: Check | null = null;
  return (value) => !inheritedKeys() && (check ??= checker(schema))(value, new Set());
}

/** An enumerable key on Object.prototype (a polluted prototype): every object would show it to zod. */
function inheritedKeys(): boolean {
  for (const k in {}) return k !== undefined;
  return false;
}
