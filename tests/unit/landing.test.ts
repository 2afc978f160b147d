import { describe, expect, it } from 'vitest';
import { landingPath } from '../../src/web/app/landing';

const item = { projectId: 1 } as never;

describe('where a user lands after signing in (issue 14.3)', () => {
  it('focal points and approvers with work waiting land on /my-work', () => {
    expect(landingPath('focal_point', { report: [item], approve: [] })).toBe('/my-work');
    expect(landingPath('approver', { report: [], approve: [item, item] })).toBe('/my-work');
  });
  it('with nothing waiting of their own kind, or in another role, on the summary', () => {
    expect(landingPath('focal_point', { report: [], approve: [item] })).toBe('/');
    expect(landingPath('approver', { report: [item], approve: [] })).toBe('/');
    expect(landingPath('admin', { report: [item], approve: [item] })).toBe('/');
    expect(landingPath('viewer', { report: [item], approve: [item] })).toBe('/');
    expect(landingPath('focal_point', null)).toBe('/');
  });
});
