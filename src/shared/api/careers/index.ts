export * from './criteria';
export * from './paths';
export * from './eligibility';
