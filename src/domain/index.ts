export * from './thai-number';
export * from './period';
export * from './thai-date';
export * from './percent';
