/**
 * The Microsoft Recognizers-Text test specifications (MIT), as read from ../shared/data/recognizers-specs.
 * `*Model.json` results are {Text, TypeName, Resolution, Start, End} with End inclusive and German values
 * written with a decimal comma; `*Extractor.json` results {Text, Type, Start, Length}; `*Parser.json`
 * results add `Value: {Timex, FutureResolution, PastResolution}`.
 */
export interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: SpecResult[];
}

export interface SpecResult {
  Text: string;
  TypeName?: string;
  Type?: string;
  Resolution?: Record<string, unknown> | null;
  Value?: Record<string, unknown> | null;
  Start: number;
  End?: number;
  Length?: number;
}

/** How one spec file is run against our extractor and against the peer package. */
export interface SpecAdapter {
  /** Path relative to the specs directory, e.g. "Number/German/NumberModel.json". */
  file: string;
  /**
   * Why a case is out of scope for news (e.g. "time of day"), or null to run it. Every reason is
   * counted and printed: the skip list is explicit.
   */
  skip(c: SpecCase): string | null;
  /** Whether our extractor reproduces the case's results. */
  ours(c: SpecCase): boolean;
  /** Whether the peer (@microsoft/recognizers-text-suite) reproduces them; null when it has no such model. */
  peer(c: SpecCase): boolean | null;
}

export interface SpecFileReport {
  file: string;
  total: number;
  skipped: number;
  /** Skipped cases per reason. */
  skipReasons: Record<string, number>;
  ours: number;
  /** Passed by the peer over the same (non-skipped) cases; null when the peer has no such model. */
  peer: number | null;
  /** Inputs of cases we fail (for `--failures`). */
  failures: string[];
}
