/** A response body that is already JSON text: the hot Describe path skips parse + stringify. */
export class RawJson {
  constructor(readonly text: string) {}
}
