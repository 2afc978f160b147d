export * from './retirement';
export * from './service-time';
export * from './facts';
export * from './dashboard';
export * from './key-positions';
export { addDays, dayNumber } from './calendar';
