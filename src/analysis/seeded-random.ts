// A seeded random source (mulberry32): layouts and community detection visit nodes in a random order,
// and the same notice must give the same picture and the same blocs on every run and machine.

/** 32-bit state, fast, a good spread; for reproducible orders, never for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
