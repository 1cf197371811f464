/** "Undo this layer": a convolution's inverse (transposed) and a transposed convolution's way back. */
export { UndoLayer } from './UndoLayer';
export { ConfigLink } from './ConfigLink';
