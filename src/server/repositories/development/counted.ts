/**
 * Which projects the consolidated plan counts (the summary, the agency groups, the coverage matrix):
 * a project counts unless its unit has a submission for that year that is not accepted; the institute's own
 * projects (unit BHRDI) always count, as it consolidates the plan itself. So
 * - projects consolidated directly (the institute's, the command line's, seed 004's FY2564 whose submissions
 *   are all accepted, the demo's FY2566) count as before;
 * - an agency preparing its projects in the year's cycle (web form or its own plan import: its submission
 *   draft, submitted or returned) counts only once the institute accepts the submission.
 * `p` is the development_project alias of the query (docs/decisions/0013-development-year-cycle.md).
 */
import { DEVELOPMENT_INSTITUTE_CODE } from '../../policies/development/import-policy';

export const COUNTED_PROJECT = `not exists (
  select 1 from development_submission cs join org_unit cu on cu.id = cs.unit_id
   where cs.fiscal_year = p.fiscal_year and cs.unit_id = p.unit_id and cs.state <> 'accepted'
     and cu.code <> '${DEVELOPMENT_INSTITUTE_CODE}')`;

/**
 * Which development records count toward a person's 10 days and the 70:20:10 mix (and everything built on
 * them): approved ones only. Records from files and rosters are approved when written; a person's own entry
 * of outside learning (source 'self') is pending until their agency approves it, and a rejected one never
 * counts. `r` is the development_record alias of the query.
 */
export const COUNTED_RECORD = `r.state = 'approved'`;
