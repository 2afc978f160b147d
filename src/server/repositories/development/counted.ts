/**
 * Which projects the consolidated plan counts (the summary, the agency groups, the coverage matrix):
 * a project counts unless its unit has a submission for that year that is not accepted. So
 * - projects imported directly (the institute's, the demo's, an imported plan of formats.md) have no
 *   submission row and count as before;
 * - an agency preparing its projects through the year's cycle (its submission draft, submitted or returned)
 *   counts only once the institute accepts the submission.
 * `p` is the development_project alias of the query.
 */
export const COUNTED_PROJECT = `not exists (
  select 1 from development_submission cs
   where cs.fiscal_year = p.fiscal_year and cs.unit_id = p.unit_id and cs.state <> 'accepted')`;
