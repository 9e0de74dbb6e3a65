/**
 * Limits that the API enforces and the SPA and the CLI check before sending, each written once.
 */

/** How big a file an import takes: 10 MB of text, 200,000 rows, 64 KiB per line. */
export const CSV_LIMITS = {
  chars: 10 * 1024 * 1024,
  rows: 200_000,
  lineChars: 65_536,
} as const;

/**
 * An account's email address (254 characters: the longest a mail server carries) and password
 * lengths, the same for an admin's form, the login and the CLI's accounts.
 */
export const ACCOUNT_LIMITS = {
  emailChars: 254,
  passwordMinChars: 12,
  passwordMaxChars: 1024,
} as const;

/** The import limit in megabytes, as messages name it. */
export const CSV_LIMIT_MB = CSV_LIMITS.chars / 1024 / 1024;
