// Where a paragraph was met first (segmentation records its line): a repeat is looked up by its two 30-bit
// hashes (segments.ts hashParagraph). Nearly every key belongs to one paragraph, so the common case is two small-integer
// maps; the rare paragraphs whose key another already has are kept apart under both hashes.

/** The paragraphs met so far, by their two hashes, each with a number saying where it was met first. */
export class ParagraphsSeen {
  /** key → where and key → check: nearly every key has one paragraph; those sharing a key with it go to `more`. */
  private readonly byKey = new Map<number, number>();
  private readonly checkOf = new Map<number, number>();
  private readonly more = new Map<string, number>();

  get(key: number, check: number): number | undefined {
    if (this.checkOf.get(key) === check) return this.byKey.get(key);
    return this.more.size === 0 ? undefined : this.more.get(`${key}:${check}`);
  }

  /** Records where the paragraph is unless it was met before. */
  add(key: number, check: number, where: number): void {
    const known = this.checkOf.get(key);
    if (known === undefined) {
      this.byKey.set(key, where);
      this.checkOf.set(key, check);
    } else if (known !== check && !this.more.has(`${key}:${check}`)) this.more.set(`${key}:${check}`, where);
  }
}
