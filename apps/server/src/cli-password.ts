import { AccountError, checkNewPassword, generatePassword } from '@switchoff/api/server';

/** How a CLI command talks to the person running it. */
export type CliIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Writes text as it is (an exported CSV on stdout); `out` when absent. */
  raw?: (text: string) => void;
  /** Asks for a secret without echo; null when stdin is not a terminal. */
  askSecret: ((question: string) => Promise<string>) | null;
};

/** A password typed twice on a terminal, or a generated one the caller prints once. */
export async function choosePassword(io: CliIo, email: string): Promise<{ password: string; generated: boolean }> {
  if (!io.askSecret) return { password: generatePassword(), generated: true };
  const password = await io.askSecret(`Password for ${email} (at least 12 characters, not shown): `);
  checkNewPassword(password);
  const again = await io.askSecret('Repeat the password: ');
  if (again !== password) throw new AccountError('The two passwords differ; nothing was changed');
  return { password, generated: false };
}

/** Prints a generated password, the only time anyone sees it. */
export function printGenerated(io: CliIo, password: string): void {
  io.out(`Password (shown only this once, pass it on safely): ${password}`);
}
