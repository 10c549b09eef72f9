// The module font-faces-plugin.ts builds: unicode-ranges in compact form, and each slice as
// [weight, file URL, index into RANGES].
declare module 'virtual:noto-sans-sc-faces' {
  export const RANGES: readonly string[];
  export const FACES: readonly (readonly [number, string, number])[];
}
