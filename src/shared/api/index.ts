export * from './common';
export * from './auth';
export * from './units';
export * from './users';
