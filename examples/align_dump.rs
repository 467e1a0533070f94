//! Prints every bead that is not a plain 1-1 block pair, or whose confidence is low, with the
//! opening words of each block: a reading aid for checking an alignment by hand.

use tvilling::align;
use tvilling::document::{self, Document, Format};

fn opening(doc: &Document, blocks: &[usize]) -> String {
    blocks
        .iter()
        .map(|&b| {
            let block = &doc.blocks[b];
            let text: String = block.text.chars().take(60).collect();
            let end: String =
                block.text.chars().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
            format!(
                "[{}] {text} … {end}",
                block.lines.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(",")
            )
        })
        .collect::<Vec<_>>()
        .join(" ‖ ")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let threshold: f32 = args.get(3).map_or(0.5, |t| t.parse().unwrap());
    let src = document::parse(&args[1], std::fs::read_to_string(&args[1]).unwrap(), Format::Markdown);
    let tgt = document::parse(&args[2], std::fs::read_to_string(&args[2]).unwrap(), Format::Markdown);
    let alignment = align::align(&src, &tgt);
    for bead in &alignment.beads {
        if bead.src.len() != 1 || bead.tgt.len() != 1 || bead.confidence < threshold {
            println!("{}-{} {:?} {:.2}", bead.src.len(), bead.tgt.len(), bead.kind, bead.confidence);
            println!("   src {}", opening(&src, &bead.src));
            println!("   tgt {}", opening(&tgt, &bead.tgt));
        }
    }
    // Footnote beads whose labels differ.
    let label = |doc: &Document, b: &[usize]| -> Vec<String> {
        b.iter()
            .filter_map(|&i| match &doc.blocks[i].kind {
                document::BlockKind::FootnoteDef { label } => Some(label.clone()),
                _ => None,
            })
            .collect()
    };
    for bead in &alignment.beads {
        let (a, b) = (label(&src, &bead.src), label(&tgt, &bead.tgt));
        if (!a.is_empty() || !b.is_empty()) && a != b {
            println!("footnote labels differ: {a:?} {b:?} {:.2}", bead.confidence);
            println!("   src {}", opening(&src, &bead.src));
            println!("   tgt {}", opening(&tgt, &bead.tgt));
        }
    }
    // Sentence bead shapes, and the non 1-1 ones in full.
    let mut shapes = std::collections::BTreeMap::new();
    for bead in &alignment.beads {
        for sentence in &bead.sentences {
            *shapes.entry((sentence.src.len(), sentence.tgt.len())).or_insert(0) += 1;
            if std::env::var_os("SENTENCES").is_some() && (sentence.src.len() != 1 || sentence.tgt.len() != 1)
            {
                let text = |doc: &Document, list: &[(usize, std::ops::Range<usize>)]| -> String {
                    list.iter()
                        .map(|(b, r)| doc.blocks[*b].text.get(r.clone()).unwrap_or("").trim().to_string())
                        .collect::<Vec<_>>()
                        .join(" ‖ ")
                };
                println!(
                    "sentence {}-{} {:.2}\n   src {}\n   tgt {}",
                    sentence.src.len(),
                    sentence.tgt.len(),
                    sentence.confidence,
                    text(&src, &sentence.src),
                    text(&tgt, &sentence.tgt)
                );
            }
        }
    }
    println!("sentence bead shapes: {shapes:?}");
    println!("{:?}", alignment.verdict);
}
