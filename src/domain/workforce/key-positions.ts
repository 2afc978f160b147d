/**
 * Key positions (issue 10, seed 002): the ones whose holders' retirement the committee must see coming.
 * Built in: district director, assistant district director, and every position that heads its section;
 * beside them, any title the office marks key (table key_position_title, admin pages).
 */
export const DISTRICT_DIRECTOR = 'ผู้อำนวยการเขต';
export const ASSISTANT_DISTRICT_DIRECTOR = 'ผู้ช่วยผู้อำนวยการเขต';
export const BUILT_IN_KEY_TITLES: readonly string[] = [DISTRICT_DIRECTOR, ASSISTANT_DISTRICT_DIRECTOR];

export type KeyReason = 'district_director' | 'assistant_district_director' | 'section_head' | 'marked';

/** Why a position is key, or null when it is not. */
export function keyPositionReason(
  position: { title: string; sectionHead: boolean },
  markedTitles: ReadonlySet<string>,
): KeyReason | null {
  if (position.title === DISTRICT_DIRECTOR) return 'district_director';
  if (position.title === ASSISTANT_DISTRICT_DIRECTOR) return 'assistant_district_director';
  if (position.sectionHead) return 'section_head';
  return markedTitles.has(position.title) ? 'marked' : null;
}
