export * from './criteria';
export * from './paths';
export * from './eligibility';
export * from './exceptions';
export * from './path-file';
export * from './talent';
export * from './cohorts';
