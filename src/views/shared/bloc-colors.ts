// The bloc colours of the measures table: one palette with the network and the matrices.
export { blocColor } from '../../graph/bloc-colouring.ts';
