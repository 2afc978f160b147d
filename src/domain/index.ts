export * from './thai-number';
export * from './period';
export * from './thai-date';
export * from './percent';
export * from './level-scale';
export * from './project-status';
export * from './progress-summary';
