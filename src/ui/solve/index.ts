/** "Solve for a size": which padding and stride give the output you need. */
export { SolvePanel } from './SolvePanel';
