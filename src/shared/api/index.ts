export * from './common';
export * from './auth';
export * from './summary';
export * from './plans';
export * from './units';
export * from './users';
