//! A small hand-made EN/SV report that every renderer is tested on (ruff's
//! `create_diagnostics()` pattern): two short documents with a heading, a page-split
//! paragraph, footnote definitions, values and value links, findings of several rules and
//! severities, sentence beads, a low-confidence bead, unpaired blocks, and a paragraph whose
//! text is hostile to markup (`<script>`, `]]>`, `&`, a control character, `<img onerror=x>`).
//!
//! The blocks are built the way the parse stage builds them (text, chunks back to the source,
//! parts, lines, inlines), so renderers that show source lines see consistent data.

use crate::align::{Alignment, Bead, BlockRole, SentenceBead, Verdict};
use crate::check::{Category, Finding, Location, Rule, Scope, Severity, Side};
use crate::document::{Block, BlockKind, Chunk, Document, Inline};
use crate::report::{Report, ToolInfo, ValueLink};
use crate::text::{Lang, LineIndex, Span};
use crate::values::{Value, ValueKind};

const SRC_TEXT: &str = "## 1. INTRODUCTION

Delivering on migration is a political priority. Illegal arrivals fell by 38% in 2024 <sup>(1)</sup>.

The Pact on Migration and Asylum, Regulation (EU) 2024/1351, applies from 12 June 2026. Member States will receive EUR 3 billion

---

<sup>(1)</sup> Frontex, risk analysis 2025, <https://www.frontex.europa.eu/>.

---

under the Thematic Facility <sup>(2)</sup>. See also COM(2026) 45 final.

Quoted markup stays text: <script>alert(1)</script>, ]]>, & and <img onerror=x> with a bell\u{7}character.

<sup>(2)</sup> Regulation (EU) 2021/1147 of 7 July 2021.
";

const TGT_TEXT: &str = "## 1. INLEDNING

Det är en politisk prioritering att uppnå resultat när det gäller migration. De olagliga inresorna minskade med 36 % under 2024 <sup>(1)</sup>.

Migrations- och asylpakten, förordning (EU) 2024/1351, ska tillämpas från och med den 12 juni 2026. Medlemsstaterna kommer att få 3 biljoner euro inom ramen för det tematiska instrumentet. Se även COM(2026) 45 final.

---

<sup>(1)</sup> Frontex, riskanalys 2025, <https://www.frontex.europa.eu/>.

Citerad kod förblir text: <script>alert(1)</script>, ]]>, & och <img onerror=x> med ett styrtecken\u{7}här.

<sup>(3)</sup> Förordning (EU) 2021/1147 av den 7 juli 2021.
";

const NUMBER_MISMATCH: Rule = Rule {
    name: "number-mismatch",
    category: Category::Numbers,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a number in the source has a different value in the target",
    explanation: "## What it flags\n\nA number, percentage or amount whose value differs between aligned paragraphs.\n\n## Why it matters\n\nA wrong figure changes what the text says.\n\n## Example (EN → SV)\n\n`EUR 3 billion` → `3 biljoner euro` (a biljon is 10^12).\n\n## Not flagged\n\n`51.4%` = `51,4 %`, `438,000` = `438 000`.\n",
};

const DATE_MISMATCH: Rule = Rule {
    name: "date-mismatch",
    category: Category::Dates,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a date in the source has a different value in the target",
    explanation: "## What it flags\n\nA date, month or year that differs between aligned paragraphs.\n\n## Why it matters\n\nDeadlines and entry into force depend on it.\n\n## Example (EN → SV)\n\n`12 June 2026` → `den 12 juli 2026`.\n\n## Not flagged\n\n`14 May 2024` = `den 14 maj 2024`, `2021-2027` = `2021–2027`.\n",
};

const FOOTNOTE_REF_MISSING: Rule = Rule {
    name: "footnote-ref-missing",
    category: Category::Footnotes,
    default_severity: Severity::Warning,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a footnote reference of the source has no counterpart in the aligned target",
    explanation: "## What it flags\n\nA footnote reference present on one side of an aligned pair only.\n\n## Why it matters\n\nThe reader loses the source of a claim.\n\n## Example (EN → SV)\n\n`Facility (2).` → `instrumentet.`\n\n## Not flagged\n\nA reference moved to another sentence of the same paragraph.\n",
};

const FOOTNOTE_UNREFERENCED: Rule = Rule {
    name: "footnote-unreferenced",
    category: Category::Footnotes,
    default_severity: Severity::Warning,
    scope: Scope::Document,
    since: "0.1.0",
    summary: "a footnote definition that no reference points to",
    explanation: "## What it flags\n\nA footnote definition whose label no reference in the document uses.\n\n## Why it matters\n\nIt usually means a wrong label or a lost reference.\n\n## Example (EN → SV)\n\n`(2) Regulation …` → `(3) Förordning …`.\n\n## Not flagged\n\nDefinitions referenced anywhere in the document.\n",
};

const LEGAL_REF_MISMATCH: Rule = Rule {
    name: "legal-ref-mismatch",
    category: Category::Legal,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a reference to an act or document differs between source and target",
    explanation: "## What it flags\n\nA legal reference (act, article, COM document, OJ issue) that differs.\n\n## Why it matters\n\nIt points the reader to the wrong law.\n\n## Example (EN → SV)\n\n`Regulation (EU) 2024/1351` → `förordning (EU) 2024/1315`.\n\n## Not flagged\n\n`OJ L, 2024/1351` = `EUT L, 2024/1351`.\n",
};

const PARAGRAPH_UNALIGNED: Rule = Rule {
    name: "paragraph-unaligned",
    category: Category::Structure,
    default_severity: Severity::Warning,
    scope: Scope::Document,
    since: "0.1.0",
    summary: "a block has no counterpart in the other version",
    explanation: "## What it flags\n\nA paragraph, heading or footnote that aligns with nothing.\n\n## Why it matters\n\nIt may be an omission or an addition.\n\n## Example (EN → SV)\n\nA footnote present in English only.\n\n## Not flagged\n\nPage separators and page-split paragraphs.\n",
};

const URL_MISMATCH: Rule = Rule {
    name: "url-mismatch",
    category: Category::Urls,
    default_severity: Severity::Warning,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a URL differs between source and target beyond the language code",
    explanation: "## What it flags\n\nA link whose target differs, other than by the language code.\n\n## Why it matters\n\nThe reader lands on the wrong page.\n\n## Example (EN → SV)\n\n`…/en/…` → `…/sv/…` is fine; another path is not.\n\n## Not flagged\n\nLanguage codes in the path or query.\n",
};

/// One step of a hand-written block: how a piece of the source becomes block text.
enum Piece {
    /// Source bytes that are markup, not text (`## `, `<`, the space before a reference).
    Skip(&'static str),
    /// Source bytes copied into the block text.
    Text(&'static str),
    /// A footnote reference: its label and its markup in the source.
    Ref(&'static str, &'static str),
    /// An autolink's visible text (the URL); the angle brackets are skipped separately.
    Link(&'static str),
    /// A page join: the following pieces form the next physical part.
    Part,
}

/// Builds a [`Document`] piece by piece, finding each piece in the source in order.
struct Builder {
    doc: Document,
    cursor: usize,
    /// Pieces that were not found: must stay zero (checked by a test).
    misses: usize,
}

impl Builder {
    fn new(name: &str, source: &str, lang: Lang) -> Builder {
        Builder {
            doc: Document {
                name: name.to_string(),
                source: source.to_string(),
                line_index: LineIndex::new(source),
                lang: Some(lang),
                blocks: Vec::new(),
                warnings: Vec::new(),
            },
            cursor: 0,
            misses: 0,
        }
    }

    /// Finds `needle` at or after the cursor and moves the cursor past it.
    fn take(&mut self, needle: &str) -> Span {
        let found = self.doc.source.get(self.cursor..).and_then(|rest| rest.find(needle));
        match found {
            Some(i) => {
                let start = self.cursor + i;
                self.cursor = start + needle.len();
                Span::new(start, self.cursor)
            }
            None => {
                self.misses += 1;
                Span::new(self.cursor, self.cursor)
            }
        }
    }

    fn block(&mut self, kind: BlockKind, pieces: &[Piece]) -> usize {
        let mut text = String::new();
        let mut chunks = Vec::new();
        let mut inlines = Vec::new();
        let mut parts: Vec<Span> = Vec::new();
        let mut part: Option<Span> = None;
        for piece in pieces {
            let (span, copied) = match piece {
                Piece::Part => {
                    parts.extend(part.take());
                    // The parse stage joins the parts of a page-split paragraph with one space.
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    continue;
                }
                Piece::Skip(s) => (self.take(s), None),
                Piece::Text(s) => (self.take(s), Some(*s)),
                Piece::Link(s) => {
                    let span = self.take(s);
                    let at = text.len();
                    inlines.push(Inline::Link {
                        url: (*s).to_string(),
                        text: at..at + s.len(),
                        src: Span::new(span.start.saturating_sub(1), span.end + 1),
                    });
                    (span, Some(*s))
                }
                Piece::Ref(label, markup) => {
                    let span = self.take(markup);
                    inlines.push(Inline::FootnoteRef {
                        label: (*label).to_string(),
                        at: text.len(),
                        src: span,
                    });
                    (span, None)
                }
            };
            if let Some(s) = copied {
                chunks.push(Chunk { text_start: text.len(), src_start: span.start, len: s.len() });
                text.push_str(s);
            }
            part = Some(match part {
                Some(p) => Span::new(p.start, span.end),
                None => span,
            });
        }
        parts.extend(part);
        let mut lines = Vec::new();
        for p in &parts {
            let first = self.doc.line_of(p.start);
            let last = self.doc.line_of(p.end.saturating_sub(1).max(p.start));
            lines.extend(first..=last);
        }
        self.doc.blocks.push(Block { kind, text, chunks, lines, parts, inlines });
        self.doc.blocks.len() - 1
    }

    /// A value found in the text of `block`.
    fn value(&mut self, block: usize, kind: ValueKind, needle: &str, key: &str, display: &str) -> Value {
        let span = self.text_range(block, needle);
        Value {
            kind,
            span,
            key: key.to_string(),
            display: display.to_string(),
            detail: None,
            optional: false,
            per: None,
            bound: None,
            relation: None,
            sign: None,
            change: None,
        }
    }

    /// The text range of `needle` in the text of `block`.
    fn text_range(&mut self, block: usize, needle: &str) -> std::ops::Range<usize> {
        let found = self.doc.blocks.get(block).and_then(|b| b.text.find(needle));
        match found {
            Some(i) => i..i + needle.len(),
            None => {
                self.misses += 1;
                0..0
            }
        }
    }

    /// A sentence: `(block, range)` of `needle` in that block's text.
    fn sentence(&mut self, block: usize, needle: &str) -> (usize, std::ops::Range<usize>) {
        (block, self.text_range(block, needle))
    }

    /// A location of `needle` in the source, searched from the start of `block`.
    fn location(&mut self, side: Side, block: usize, needle: &str, label: &str) -> Location {
        let from = self.doc.blocks.get(block).and_then(|b| b.parts.first()).map_or(0, |p| p.start);
        let found = self.doc.source.get(from..).and_then(|rest| rest.find(needle));
        let start = match found {
            Some(i) => from + i,
            None => {
                self.misses += 1;
                from
            }
        };
        let span = Span::new(start, start + needle.len());
        let column = self.doc.line_index.column(&self.doc.source, start);
        Location {
            side,
            span,
            line: self.doc.line_of(start),
            column,
            end_column: column + needle.chars().count() as u32,
            block,
            label: label.to_string(),
        }
    }
}

/// The sample report, with a fixed tool version so that snapshots do not change on release.
pub fn sample_report() -> Report {
    build().0
}

/// Builds the sample and counts the pieces that could not be found in its texts.
fn build() -> (Report, usize) {
    use BlockKind::*;
    use Piece::*;
    use ValueKind::*;

    let heading = |label: &str| Heading { level: 2, number: Some(label.to_string()) };
    let footnote = |label: &str| FootnoteDef { label: label.to_string() };

    // Source (English): the second paragraph is split by a page break, with a footnote in between.
    let mut src = Builder::new("en.md", SRC_TEXT, Lang::En);
    let s_heading = src.block(heading("1"), &[Skip("## "), Text("1. INTRODUCTION")]);
    let s_first = src.block(
        Paragraph,
        &[
            Text("Delivering on migration is a political priority. Illegal arrivals fell by 38% in 2024"),
            Skip(" "),
            Ref("1", "<sup>(1)</sup>"),
            Text("."),
        ],
    );
    let s_split = src.block(
        Paragraph,
        &[
            Text("The Pact on Migration and Asylum, Regulation (EU) 2024/1351, applies from 12 June 2026. Member States will receive EUR 3 billion"),
            Part,
            Text("under the Thematic Facility"),
            Skip(" "),
            Ref("2", "<sup>(2)</sup>"),
            Text(". See also COM(2026) 45 final."),
        ],
    );
    // The split paragraph took its second part from further down: go back for the blocks between.
    src.cursor = src.doc.blocks[s_split].parts[0].end;
    src.block(PageBreak, &[Skip("---")]);
    let s_note1 = src.block(
        footnote("1"),
        &[
            Skip("<sup>(1)</sup> "),
            Text("Frontex, risk analysis 2025, "),
            Skip("<"),
            Link("https://www.frontex.europa.eu/"),
            Skip(">"),
            Text("."),
        ],
    );
    src.block(PageBreak, &[Skip("---")]);
    src.cursor = src.doc.blocks[s_split].parts[1].end;
    let s_markup = src.block(
        Paragraph,
        &[Text("Quoted markup stays text: <script>alert(1)</script>, ]]>, & and <img onerror=x> with a bell\u{7}character.")],
    );
    let s_note2 = src
        .block(footnote("2"), &[Skip("<sup>(2)</sup> "), Text("Regulation (EU) 2021/1147 of 7 July 2021.")]);

    // Target (Swedish): the same paragraph is whole, and the second footnote has the wrong label.
    let mut tgt = Builder::new("sv.md", TGT_TEXT, Lang::Sv);
    let t_heading = tgt.block(heading("1"), &[Skip("## "), Text("1. INLEDNING")]);
    let t_first = tgt.block(
        Paragraph,
        &[
            Text("Det är en politisk prioritering att uppnå resultat när det gäller migration. De olagliga inresorna minskade med 36 % under 2024"),
            Skip(" "),
            Ref("1", "<sup>(1)</sup>"),
            Text("."),
        ],
    );
    let t_whole = tgt.block(
        Paragraph,
        &[Text("Migrations- och asylpakten, förordning (EU) 2024/1351, ska tillämpas från och med den 12 juni 2026. Medlemsstaterna kommer att få 3 biljoner euro inom ramen för det tematiska instrumentet. Se även COM(2026) 45 final.")],
    );
    tgt.block(PageBreak, &[Skip("---")]);
    let t_note1 = tgt.block(
        footnote("1"),
        &[
            Skip("<sup>(1)</sup> "),
            Text("Frontex, riskanalys 2025, "),
            Skip("<"),
            Link("https://www.frontex.europa.eu/"),
            Skip(">"),
            Text("."),
        ],
    );
    let t_markup = tgt.block(
        Paragraph,
        &[Text("Citerad kod förblir text: <script>alert(1)</script>, ]]>, & och <img onerror=x> med ett styrtecken\u{7}här.")],
    );
    let t_note3 = tgt.block(
        footnote("3"),
        &[Skip("<sup>(3)</sup> "), Text("Förordning (EU) 2021/1147 av den 7 juli 2021.")],
    );

    // Values per block, as the values stage would extract them.
    let mut src_values = vec![Vec::new(); src.doc.blocks.len()];
    src_values[s_first] = vec![
        src.value(s_first, Number, "38%", "pct:38", "38 %"),
        src.value(s_first, Date, "2024", "year:2024", "2024"),
    ];
    src_values[s_split] = vec![
        src.value(
            s_split,
            Legal,
            "Regulation (EU) 2024/1351",
            "act:reg:2024/1351",
            "Regulation (EU) 2024/1351",
        ),
        src.value(s_split, Date, "12 June 2026", "date:2026-06-12", "2026-06-12"),
        src.value(s_split, Number, "EUR 3 billion", "amount:3000000000:EUR", "3 000 000 000 EUR"),
        src.value(s_split, Legal, "COM(2026) 45", "com:2026/45", "COM(2026) 45"),
    ];
    src_values[s_note1] = vec![
        src.value(s_note1, Date, "2025", "year:2025", "2025"),
        src.value(
            s_note1,
            Url,
            "https://www.frontex.europa.eu/",
            "url:www.frontex.europa.eu/",
            "https://www.frontex.europa.eu/",
        ),
    ];
    src_values[s_markup] = vec![src.value(s_markup, Number, "1", "num:1", "1")];
    src_values[s_note2] = vec![
        src.value(
            s_note2,
            Legal,
            "Regulation (EU) 2021/1147",
            "act:reg:2021/1147",
            "Regulation (EU) 2021/1147",
        ),
        src.value(s_note2, Date, "7 July 2021", "date:2021-07-07", "2021-07-07"),
    ];
    let mut tgt_values = vec![Vec::new(); tgt.doc.blocks.len()];
    tgt_values[t_first] = vec![
        tgt.value(t_first, Number, "36 %", "pct:36", "36 %"),
        tgt.value(t_first, Date, "2024", "year:2024", "2024"),
    ];
    tgt_values[t_whole] = vec![
        tgt.value(
            t_whole,
            Legal,
            "förordning (EU) 2024/1351",
            "act:reg:2024/1351",
            "Regulation (EU) 2024/1351",
        ),
        tgt.value(t_whole, Date, "den 12 juni 2026", "date:2026-06-12", "2026-06-12"),
        tgt.value(t_whole, Number, "3 biljoner euro", "amount:3000000000000:EUR", "3 000 000 000 000 EUR"),
        tgt.value(t_whole, Legal, "COM(2026) 45", "com:2026/45", "COM(2026) 45"),
    ];
    tgt_values[t_note1] = vec![
        tgt.value(t_note1, Date, "2025", "year:2025", "2025"),
        tgt.value(
            t_note1,
            Url,
            "https://www.frontex.europa.eu/",
            "url:www.frontex.europa.eu/",
            "https://www.frontex.europa.eu/",
        ),
    ];
    tgt_values[t_markup] = vec![tgt.value(t_markup, Number, "1", "num:1", "1")];
    tgt_values[t_note3] = vec![
        tgt.value(
            t_note3,
            Legal,
            "Förordning (EU) 2021/1147",
            "act:reg:2021/1147",
            "Regulation (EU) 2021/1147",
        ),
        tgt.value(t_note3, Date, "den 7 juli 2021", "date:2021-07-07", "2021-07-07"),
    ];

    // Sentence beads inside the block pairs.
    let beads = vec![
        Bead {
            src: vec![s_heading],
            tgt: vec![t_heading],
            kind: BlockRole::Heading,
            confidence: 0.98,
            sentences: vec![SentenceBead {
                src: vec![src.sentence(s_heading, "1. INTRODUCTION")],
                tgt: vec![tgt.sentence(t_heading, "1. INLEDNING")],
                confidence: 0.97,
            }],
        },
        Bead {
            src: vec![s_first],
            tgt: vec![t_first],
            kind: BlockRole::Paragraph,
            confidence: 0.93,
            sentences: vec![
                SentenceBead {
                    src: vec![src.sentence(s_first, "Delivering on migration is a political priority.")],
                    tgt: vec![tgt.sentence(t_first, "Det är en politisk prioritering att uppnå resultat när det gäller migration.")],
                    confidence: 0.91,
                },
                SentenceBead {
                    src: vec![src.sentence(s_first, "Illegal arrivals fell by 38% in 2024.")],
                    tgt: vec![tgt.sentence(t_first, "De olagliga inresorna minskade med 36 % under 2024.")],
                    confidence: 0.86,
                },
            ],
        },
        Bead {
            src: vec![s_split],
            tgt: vec![t_whole],
            kind: BlockRole::Paragraph,
            confidence: 0.88,
            sentences: vec![
                SentenceBead {
                    src: vec![src.sentence(s_split, "The Pact on Migration and Asylum, Regulation (EU) 2024/1351, applies from 12 June 2026.")],
                    tgt: vec![tgt.sentence(t_whole, "Migrations- och asylpakten, förordning (EU) 2024/1351, ska tillämpas från och med den 12 juni 2026.")],
                    confidence: 0.9,
                },
                SentenceBead {
                    src: vec![
                        src.sentence(s_split, "Member States will receive EUR 3 billion under the Thematic Facility."),
                        src.sentence(s_split, "See also COM(2026) 45 final."),
                    ],
                    tgt: vec![
                        tgt.sentence(t_whole, "Medlemsstaterna kommer att få 3 biljoner euro inom ramen för det tematiska instrumentet."),
                        tgt.sentence(t_whole, "Se även COM(2026) 45 final."),
                    ],
                    confidence: 0.74,
                },
            ],
        },
        Bead {
            src: vec![s_note1],
            tgt: vec![t_note1],
            kind: BlockRole::Footnote,
            confidence: 0.95,
            sentences: vec![SentenceBead {
                src: vec![src.sentence(s_note1, "Frontex, risk analysis 2025, https://www.frontex.europa.eu/.")],
                tgt: vec![tgt.sentence(t_note1, "Frontex, riskanalys 2025, https://www.frontex.europa.eu/.")],
                confidence: 0.93,
            }],
        },
        Bead {
            src: vec![s_markup],
            tgt: vec![t_markup],
            kind: BlockRole::Paragraph,
            confidence: 0.42,
            sentences: vec![SentenceBead {
                src: vec![src.sentence(s_markup, "Quoted markup stays text: <script>alert(1)</script>, ]]>, & and <img onerror=x> with a bell\u{7}character.")],
                tgt: vec![tgt.sentence(t_markup, "Citerad kod förblir text: <script>alert(1)</script>, ]]>, & och <img onerror=x> med ett styrtecken\u{7}här.")],
                confidence: 0.4,
            }],
        },
        Bead { src: vec![s_note2], tgt: vec![], kind: BlockRole::Footnote, confidence: 0.3, sentences: vec![] },
        Bead { src: vec![], tgt: vec![t_note3], kind: BlockRole::Footnote, confidence: 0.3, sentences: vec![] },
    ];

    // Value links: equal keys inside an aligned bead, as (block, value index) pairs.
    let links = [
        (1, s_first, 1, t_first, 1),
        (2, s_split, 0, t_whole, 0),
        (2, s_split, 1, t_whole, 1),
        (2, s_split, 3, t_whole, 3),
        (3, s_note1, 0, t_note1, 0),
        (3, s_note1, 1, t_note1, 1),
        (4, s_markup, 0, t_markup, 0),
    ];
    let value_links = links
        .iter()
        .map(|&(bead, sb, si, tb, ti)| ValueLink { bead, src: (sb, si), tgt: (tb, ti) })
        .collect();

    let findings = vec![
        Finding {
            rule: NUMBER_MISMATCH.name,
            severity: Severity::Error,
            message: "number `38%` in source is `36 %` in target".to_string(),
            primary: tgt.location(Side::Target, t_first, "36 %", "36 %"),
            secondary: Some(src.location(Side::Source, s_first, "38%", "38 %")),
            notes: vec![],
            help: Some("run `tvilling explain number-mismatch`".to_string()),
            bead: Some(1),
            fingerprint: "9c1f0a7e52d4b386".to_string(),
        },
        Finding {
            rule: NUMBER_MISMATCH.name,
            severity: Severity::Error,
            message: "number `EUR 3 billion` in source is `3 biljoner euro` in target".to_string(),
            primary: tgt.location(Side::Target, t_whole, "3 biljoner euro", "3 000 000 000 000 EUR"),
            secondary: Some(src.location(Side::Source, s_split, "EUR 3 billion", "3 000 000 000 EUR")),
            notes: vec!["EN billion = 10^9; SV biljon = 10^12".to_string()],
            help: Some("did you mean `3 miljarder euro`?".to_string()),
            bead: Some(2),
            fingerprint: "4be07d19a3c2f851".to_string(),
        },
        Finding {
            rule: FOOTNOTE_REF_MISSING.name,
            severity: Severity::Warning,
            message: "footnote reference `(2)` in source has no counterpart in target".to_string(),
            primary: tgt.location(Side::Target, t_whole, "instrumentet", "expected `(2)` near here"),
            secondary: Some(src.location(Side::Source, s_split, "<sup>(2)</sup>", "reference `(2)`")),
            notes: vec!["the source paragraph is split by a page break (lines 5 and 13)".to_string()],
            help: None,
            bead: Some(2),
            fingerprint: "e61a9d0c47b3258f".to_string(),
        },
        Finding {
            rule: FOOTNOTE_UNREFERENCED.name,
            severity: Severity::Warning,
            message: "footnote `(3)` is defined but never referenced in target".to_string(),
            primary: tgt.location(Side::Target, t_note3, "<sup>(3)</sup>", "no reference to `(3)`"),
            secondary: None,
            notes: vec!["the source defines footnote `(2)` at this place".to_string()],
            help: Some("check the label of the definition".to_string()),
            bead: Some(6),
            fingerprint: "07d3e5b9c18a4f62".to_string(),
        },
        Finding {
            rule: PARAGRAPH_UNALIGNED.name,
            severity: Severity::Info,
            message: "footnote `(2)` in source has no counterpart in target".to_string(),
            primary: src.location(Side::Source, s_note2, "Regulation (EU) 2021/1147", "unaligned"),
            secondary: None,
            notes: vec![],
            help: None,
            bead: Some(5),
            fingerprint: "b82c6f4e0d9a1735".to_string(),
        },
    ];

    let misses = src.misses + tgt.misses;
    let score = beads.iter().map(|b| b.confidence).sum::<f32>() / beads.len() as f32;
    let report = Report {
        tool: ToolInfo { name: "tvilling", version: "0.0.0-sample" },
        src: src.doc,
        tgt: tgt.doc,
        alignment: Alignment {
            beads,
            verdict: Verdict {
                is_translation: true,
                score,
                reason: "structure and values agree: 1 heading, 3 paragraphs, 2 footnotes paired".to_string(),
            },
        },
        findings,
        rules: vec![
            DATE_MISMATCH,
            FOOTNOTE_REF_MISSING,
            FOOTNOTE_UNREFERENCED,
            LEGAL_REF_MISMATCH,
            NUMBER_MISMATCH,
            PARAGRAPH_UNALIGNED,
            URL_MISMATCH,
        ],
        n_suppressed: 1,
        stale_baseline: vec!["number-mismatch:5d0e2a71c9f3b468".to_string()],
        src_values,
        tgt_values,
        value_links,
    };
    (report, misses)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_piece_is_found() {
        let (_, misses) = build();
        assert_eq!(misses, 0);
    }

    #[test]
    fn chunks_map_text_back_to_source() {
        let report = sample_report();
        for doc in [&report.src, &report.tgt] {
            for block in &doc.blocks {
                for chunk in &block.chunks {
                    let text = &block.text[chunk.text_start..chunk.text_start + chunk.len];
                    let source = &doc.source[chunk.src_start..chunk.src_start + chunk.len];
                    assert_eq!(text, source);
                }
            }
        }
    }

    #[test]
    fn split_paragraph_has_two_parts_and_lines() {
        let report = sample_report();
        let block = &report.src.blocks[2];
        assert_eq!(block.parts.len(), 2);
        assert_eq!(block.lines, vec![5, 13]);
    }

    #[test]
    fn locations_point_at_their_tokens() {
        let report = sample_report();
        for finding in &report.findings {
            for loc in std::iter::once(&finding.primary).chain(&finding.secondary) {
                let doc = if loc.side == Side::Source { &report.src } else { &report.tgt };
                let token = &doc.source[loc.span.range()];
                assert!(!token.is_empty());
                assert_eq!(doc.line_of(loc.span.start), loc.line);
                assert!(doc.blocks[loc.block].lines.contains(&loc.line), "{token}");
            }
        }
    }

    #[test]
    fn value_links_have_equal_keys() {
        let report = sample_report();
        for link in &report.value_links {
            let src = &report.src_values[link.src.0][link.src.1];
            let tgt = &report.tgt_values[link.tgt.0][link.tgt.1];
            assert_eq!(src.key, tgt.key);
        }
    }
}

/// The sample repeated `copies` times, as one long document pair: for measuring renderers
/// on big inputs (`copies = 86` gives about 600 rows, `8_572` about 60,000).
pub fn repeated_sample_report(copies: usize) -> Report {
    let base = sample_report();
    let mut report = base.clone();
    let copies = copies.max(1);
    report.src = repeat_document(&base.src, copies);
    report.tgt = repeat_document(&base.tgt, copies);
    report.alignment.beads.clear();
    report.findings.clear();
    report.value_links.clear();
    report.src_values.clear();
    report.tgt_values.clear();
    let (n_src, n_tgt) = (base.src.blocks.len(), base.tgt.blocks.len());
    let n_beads = base.alignment.beads.len();
    for k in 0..copies {
        let shift_src = |b: usize| b + k * n_src;
        let shift_tgt = |b: usize| b + k * n_tgt;
        for bead in &base.alignment.beads {
            let mut bead = bead.clone();
            bead.src.iter_mut().for_each(|b| *b = shift_src(*b));
            bead.tgt.iter_mut().for_each(|b| *b = shift_tgt(*b));
            for sentence in &mut bead.sentences {
                sentence.src.iter_mut().for_each(|(b, _)| *b = shift_src(*b));
                sentence.tgt.iter_mut().for_each(|(b, _)| *b = shift_tgt(*b));
            }
            report.alignment.beads.push(bead);
        }
        report.src_values.extend(base.src_values.iter().cloned());
        report.tgt_values.extend(base.tgt_values.iter().cloned());
        for link in &base.value_links {
            report.value_links.push(ValueLink {
                bead: link.bead + k * n_beads,
                src: (shift_src(link.src.0), link.src.1),
                tgt: (shift_tgt(link.tgt.0), link.tgt.1),
            });
        }
        for finding in &base.findings {
            let mut finding = finding.clone();
            for loc in std::iter::once(&mut finding.primary).chain(finding.secondary.as_mut()) {
                let (doc, n_blocks) = match loc.side {
                    Side::Source => (&base.src, n_src),
                    Side::Target => (&base.tgt, n_tgt),
                };
                let bytes = k * doc.source.len();
                loc.span = Span::new(loc.span.start + bytes, loc.span.end + bytes);
                loc.line += (k * lines_per_copy(doc)) as u32;
                loc.block += k * n_blocks;
            }
            finding.bead = finding.bead.map(|b| b + k * n_beads);
            finding.fingerprint = format!("{}-{k}", finding.fingerprint);
            report.findings.push(finding);
        }
    }
    report
}

/// How many lines one copy of a document adds: its newlines (the text ends with one).
fn lines_per_copy(doc: &Document) -> usize {
    doc.source.matches('\n').count()
}

fn repeat_document(doc: &Document, copies: usize) -> Document {
    let source = doc.source.repeat(copies);
    let n_lines = lines_per_copy(doc) as u32;
    let mut blocks = Vec::with_capacity(doc.blocks.len() * copies);
    for k in 0..copies {
        let bytes = k * doc.source.len();
        let shift = |s: Span| Span::new(s.start + bytes, s.end + bytes);
        for block in &doc.blocks {
            let mut block = block.clone();
            block.chunks.iter_mut().for_each(|c| c.src_start += bytes);
            block.parts.iter_mut().for_each(|p| *p = shift(*p));
            block.lines.iter_mut().for_each(|l| *l += k as u32 * n_lines);
            for inline in &mut block.inlines {
                match inline {
                    Inline::FootnoteRef { src, .. } | Inline::Link { src, .. } => *src = shift(*src),
                    Inline::Emphasis { .. } | Inline::Code { .. } => {}
                }
            }
            blocks.push(block);
        }
    }
    Document {
        name: doc.name.clone(),
        line_index: LineIndex::new(&source),
        source,
        lang: doc.lang,
        blocks,
        warnings: doc.warnings.clone(),
    }
}

#[cfg(test)]
mod repeat_tests {
    use super::*;

    #[test]
    fn repeated_locations_point_at_the_same_tokens() {
        let base = sample_report();
        let big = repeated_sample_report(3);
        assert_eq!(big.alignment.beads.len(), 3 * base.alignment.beads.len());
        assert_eq!(big.findings.len(), 3 * base.findings.len());
        for (i, finding) in big.findings.iter().enumerate() {
            let original = &base.findings[i % base.findings.len()];
            let doc = big.doc(finding.primary.side);
            let base_doc = base.doc(original.primary.side);
            assert_eq!(
                doc.source[finding.primary.span.range()],
                base_doc.source[original.primary.span.range()]
            );
            assert_eq!(doc.line_of(finding.primary.span.start), finding.primary.line);
            assert!(doc.blocks[finding.primary.block].lines.contains(&finding.primary.line));
        }
    }
}
