/** The development submission's states and lateness (src/domain/development/submission.ts). */
import { describe, expect, it } from 'vitest';
import {
  canEditProjects,
  submissionLate,
  transition,
  type SubmissionAction,
  type SubmissionState,
} from '../../src/domain/development';

const STATES: SubmissionState[] = ['draft', 'submitted', 'returned', 'accepted'];
const ACTIONS: SubmissionAction[] = ['submit', 'return', 'accept'];

describe('development submission', () => {
  it('allows exactly these steps', () => {
    const allowed = STATES.flatMap((s) =>
      ACTIONS.map((a) => {
        const d = transition(s, a);
        return d.refused ? null : `${s} -${a}-> ${d.next}`;
      }),
    ).filter(Boolean);
    expect(allowed).toEqual([
      'draft -submit-> submitted',
      'submitted -return-> returned',
      'submitted -accept-> accepted',
      'returned -submit-> submitted',
    ]);
  });

  it('refuses in Thai and English naming the state', () => {
    const d = transition('accepted', 'submit');
    expect(d).toEqual({
      refused: true,
      th: 'ส่งแบบเสนอโครงการไม่ได้ เพราะอยู่ในสถานะ "รับแล้ว"',
      en: 'Cannot submit the submission: it is accepted',
    });
  });

  it('edits projects only while draft or returned', () => {
    expect(STATES.filter(canEditProjects)).toEqual(['draft', 'returned']);
  });

  it('is late when first submitted after the deadline day, or never submitted once it passed', () => {
    expect(submissionLate('2024-10-31', '2024-10-31', '2024-12-01')).toBe(false);
    expect(submissionLate('2024-10-31', '2024-11-01', '2024-11-01')).toBe(true);
    expect(submissionLate('2024-10-31', null, '2024-10-31')).toBe(false);
    expect(submissionLate('2024-10-31', null, '2024-11-01')).toBe(true);
    expect(submissionLate(null, null, '2099-01-01')).toBe(false);
  });
});
