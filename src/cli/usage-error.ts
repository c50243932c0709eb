/** Bad arguments: reported with the command's usage and exit code 2, like an unknown command. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
