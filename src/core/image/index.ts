/** Image mode's pure part: limits, kernels, large-image plans, pixel arrays, diff maps, file sniffing. */
export * from './imageLimits';
export * from './kernels';
export * from './imagePlan';
export * from './pixels';
export * from './imageDiff';
export * from './inset';
export * from './sniff';
export * from './imageSummary';
