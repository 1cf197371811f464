/** Image mode's pure part: limits, kernels, large-image plans, pixel arrays, diff maps, file sniffing, the checkerboard section's upsampling plans and overlap maps. */
export * from './imageLimits';
export * from './kernels';
export * from './imagePlan';
export * from './pixels';
export * from './imageDiff';
export * from './inset';
export * from './sniff';
export * from './imageSummary';
export * from './downscale';
export * from './checkerboard';
export * from './overlapMap';
