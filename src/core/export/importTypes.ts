/** An annotation read from another tool's file, before it is anchored in the current text. */
export interface ImportedAnnotation {
  type: 'quote' | 'figure';
  /** The annotated text as the file gives it. */
  exact: string;
  /** Up to a few dozen characters before and after `exact` in the text the file was made from. */
  prefix?: string;
  suffix?: string;
  /** String indices (UTF-16) in the text the file was made from, when the file gives them. */
  start?: number;
  end?: number;
  /** For quotes. */
  kind?: 'direct' | 'scare';
  speaker?: string | null;
  role?: string | null;
  note?: string;
  tags?: string[];
  /** For figures. */
  value?: number | null;
  unit?: string | null;
}

/** What an importer read: the annotations, and the lines or items it could not use. */
export interface ImportParse {
  items: ImportedAnnotation[];
  warnings: string[];
}
