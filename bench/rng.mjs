// xorshift32: tiny, seeded, identical on every machine (the bench and the fuzz suite generate the
// same inputs on every run, so a number or a failure is reproducible).
export function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}
