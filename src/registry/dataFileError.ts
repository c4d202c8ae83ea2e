/** A data file that cannot be used: names the file, the field and the reason. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}
