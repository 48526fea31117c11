/**
 * A pure function of a string, remembered for the arguments it has seen: for small lookups on hot
 * paths (a stem, a comparison key, a gazetteer entry). Bounded: once `cap` arguments are held it
 * forgets them all and starts again, so a long-running server never grows without limit.
 */
export function memoize<T>(fn: (key: string) => T, cap: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      if (known.size >= cap) known.clear();
      value = fn(key);
      known.set(key, value);
    }
    return value as T;
  };
}
