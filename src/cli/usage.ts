export class UsageError extends Error {}

export const USAGE = `tidtam — ระบบติดตามแผนยุทธศาสตร์การบริหารทรัพยากรบุคคล กรุงเทพมหานคร

Usage:
  tidtam import plan FILE [--dry-run]          import a plan file (CSV or XLSX)
  tidtam import reports FILE [--dry-run]       import a monthly report file
  tidtam import people|positions|history FILE [--dry-run]
                                               import a workforce file (CSV or XLSX; formats.md)
  tidtam workforce retirements --from FY --years N [--json]
                                               people with no exit date retiring at the end of each
                                               fiscal year FY … FY+N−1 (defaults: this year, 5)
  tidtam import development-plan|development-records|digital-skills FILE [--dry-run]
                                               import a development plan file (form HRD of the year)
                                               or a file of persons' development records
  tidtam development salary-budget --fiscal-year FY --amount BAHT
                                               set the year's salary-and-wage budget
  tidtam development summary --fiscal-year FY --json
                                               the consolidated development plan of the year
  tidtam import career-paths FILE              import a career-path file (JSON; docs/career-path-file.md):
                                               new paths with their versions, else a new draft
  tidtam careers eligibility --path CODE [--as-of YYYY-MM-DD] [--json]
                                               who is eligible for a path (the version in force)
  tidtam summary --plan CODE --as-of YYYY-MM [--fiscal-year YYYY] [--json]
  tidtam serve [--no-demo]                     start the web server (PORT, HOST from the environment)
  tidtam migrate                               create or upgrade the database
  tidtam demo                                  load the demo data into an empty database
  tidtam generate --scale S [--seed N] [--no-reports] [--no-workforce] [--json]
                                               generate a dataset for benchmarks (scale 1–100)
  tidtam user create --username NAME --role ROLE [--unit CODE] [--name TEXT] [--password-stdin]
  tidtam user link-oidc --username NAME --subject SUB
                                               let the user sign in with single sign-on (TIDTAM_OIDC_*)
  tidtam user unlink-oidc --username NAME      end that: remove the user's single sign-on identities
  tidtam month open YYYY-MM [--deadline YYYY-MM-DD|DD/MM/YYYY(พ.ศ.)] [--lock-days N|never]
                                               open a reporting month (deadline: the 5th of the next month)
  tidtam missing --plan CODE --period YYYY-MM [--json]
                                               the reports of an opened month never submitted
  tidtam remind [--dry-run] [--json]           send the reminders due now (TIDTAM_SMTP_URL, TIDTAM_MAIL_FROM)
  tidtam backup FILE                           write a backup of the whole database to FILE (gzip)
  tidtam restore FILE [--force]                replace the database with a backup (refused if it holds
                                               data, unless --force); both work while the server runs

Options for every command:
  --data-dir DIR   PGlite data directory (default $TIDTAM_DATA_DIR, else ./data)
Environment: DATABASE_URL selects a PostgreSQL server instead of PGlite.
Exit status: 0 success, 1 invalid input (nothing written), 2 wrong usage.`;
