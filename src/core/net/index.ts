/** The network view's core (design.md, "Network view"): layers, shapes, receptive fields, skip pairs. */
export * from './netLayer';
export * from './netPlan';
export * from './receptiveField';
export * from './netFootprint';
export * from './netSkips';
export * from './cleanInputs';
export * from './netValues';
export * from './netJson';
