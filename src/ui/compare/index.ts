/** The compare view (`view=compare`) and its ways in. */
export { CompareView } from './CompareView';
export { CompareLaunch } from './CompareLaunch';
