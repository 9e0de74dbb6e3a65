import { ROLES } from '@switchoff/db/schema';

/** What `pnpm switchoff help` prints. */
export const USAGE = `Usage: pnpm switchoff <command>

  init --consortium <slug> --name <name> --ipa <IPA code> --city <city> --email <contact email>
       --admin-email <email> [--website <url>] [--telephone <number>] [--admin-name <name>]
      Sets up a real installation on a new database (started with --no-demo, or never started):
      the consortium and its first admin, nothing else. The admin's password is asked on a
      terminal, otherwise generated and printed once. Refused on the demo's database.
  consortium add --consortium <slug> --name <name> --ipa <IPA code> --city <city> --email <contact email>
                 [--website <url>] [--telephone <number>]
  consortium update --consortium <slug> [--name ...] [--ipa ...] [--city ...] [--email ...]
                    [--website <url or "">] [--telephone <number or "">]
  consortium list
      Consortia: the email and telephone are the contact point of their open data.
  comune add --istat <ISTAT code> --consortium <slug> [--ipa <IPA code>]
      Adds a comune of the ISTAT registry shipped with Switch-off: its name, province, region,
      population and IPA code come from the registry (--ipa only where the registry has none).
  comune list --consortium <slug>
  comune archive --istat <ISTAT code>    Hides a comune (lists, public pages); its data are kept.
  comune restore --istat <ISTAT code>    Shows an archived comune again.

  user add --email <email> --role ${ROLES.join('|')} --consortium <slug>
           [--name <name>] [--comune <ISTAT code> ...]
      Creates an account. A council member needs at least one --comune of that consortium.
      On a terminal the password is asked twice (not shown); otherwise one is generated
      and printed once.
  user disable --email <email>     Disables an account and ends its sessions.
  user enable --email <email>      Enables a disabled account again.
  user password --email <email>    Sets a new password (asked, or generated and printed once).
  user list                        Lists the accounts.

  import --kind figures|milestones --file <file.csv> --actor-email <email>
         [--comune <ISTAT code> | --consortium <slug>] [--dry-run]
      Imports monthly figures or milestones from a CSV (";" or ",", UTF-8 with or without
      BOM, or Windows-1252 as Italian Excel saves "CSV", which it says; Italian numbers and
      months) as that staff account: shows what is added, changed
      and left alone and every bad row; then writes all rows or none (not with --dry-run).
      Without --comune/--consortium the file is for the account's whole consortium.
  import padigitale2026 --file <file.csv> [--file <file.csv> ...] [--snapshot YYYY-MM-DD] [--dry-run]
      Imports the PNRR measures of every comune from the PA digitale 2026 open data
      ("candidature finanziate", any measure's file, read by its columns; .csv or .csv.gz):
      per comune, measure and call its state (A funded, R renounced, E paid), date, amount
      and CUP. Prints the counts, every state change and every row whose cod_comune is no
      comune of the registry; all rows or none (nothing with --dry-run). The snapshot date
      is the latest state date of each file unless given.
  export --kind figures|milestones --comune <ISTAT code> | --consortium <slug>
         [--file <out.csv>] [--from YYYY-MM] [--to YYYY-MM]
      Writes the CSV import reads (stdout without --file), internal items included.
  generate --db <file> [--comuni all|N] [--months N] [--until YYYY-MM] [--today YYYY-MM-DD] [--force]
      Fills a new database file with every Italian comune (or the first N by ISTAT code),
      about 40 services each, N months of synthetic figures (default 120), stages and
      roadmaps, for scale tests; deterministic, with its progress as it goes (a few minutes
      for every comune). \`pnpm bench\` reuses it when given the same file.
  digest --dry-run [--comune <ISTAT code>] [--today YYYY-MM-DD]
      Prints the monthly digest each account would receive now (council members and editors
      who take it; only those following the comune, about it alone, with --comune).
  digest --send [--comune <ISTAT code>]
      Writes those digests into the outbox and sends them now through SMTP_URL.
  backup <file> [--force]          A consistent copy of the database, also while the server runs.
  restore <file>                   Checks a backup and replaces the database with it (stop the
                                   server first); the previous database is kept beside it.
  help                             Shows this text.

The database is SWITCHOFF_DB, or data/switchoff.db under apps/server (the server's own).
Relative file names start where pnpm was run (the repository root), not in apps/server.`;
