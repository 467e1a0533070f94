//! Byte-class scans that read eight bytes at a time (SIMD within a register): where the next
//! digit is, how long a run of letters lasts. Most bytes of a text are none of what the
//! extractors look for, and a byte-by-byte loop spends several instructions on each.

/// One in each byte of eight.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte.
pub(crate) const HIGH_BITS: u64 = ONES * 0x80;

/// The high bit of each byte of `chunk` strictly between `low` and `high` (both at most 128),
/// and no other bit: the `hasbetween` of *Bit Twiddling Hacks*. A byte with its high bit set
/// is never between them, and no byte borrows from or carries into its neighbour.
const fn between(chunk: u64, low: u8, high: u8) -> u64 {
    let seven = chunk & (ONES * 0x7F);
    (ONES * (127 + high as u64) - seven) & !chunk & (seven + ONES * (127 - low as u64)) & HIGH_BITS
}

/// The high bit of each byte of `chunk` that is an ASCII letter: upper case is folded to lower
/// case first (no other byte folds into `a..=z`).
pub(crate) const fn ascii_letters(chunk: u64) -> u64 {
    between(chunk | (ONES * 0x20), b'`', b'{')
}

/// The high bit of each byte of `chunk` that is an ASCII digit.
pub(crate) const fn ascii_digits(chunk: u64) -> u64 {
    between(chunk, b'/', b':')
}

/// The high bit of each byte of `chunk` that is an ASCII capital.
pub(crate) const fn ascii_capitals(chunk: u64) -> u64 {
    between(chunk, b'@', b'[')
}

/// Whether an ASCII capital stands right before or right after an ASCII digit somewhere in
/// `bytes` (`C3`, `2B`): every identifier of capitals and digits holds such a pair. The
/// extractor reads it from [`ByteMasks`], which the tests compare with this scan.
#[cfg(test)]
pub(crate) fn capital_beside_digit(bytes: &[u8]) -> bool {
    // The high bits of the last byte of the chunk before, moved to below the first byte's.
    let (mut capital_before, mut digit_before) = (0, 0);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let word = load(chunk);
        let (capitals, digits) = (ascii_capitals(word), ascii_digits(word));
        if (capitals << 8 | capital_before) & digits != 0 || (digits << 8 | digit_before) & capitals != 0 {
            return true;
        }
        capital_before = capitals >> 56;
        digit_before = digits >> 56;
    }
    let (mut capital, mut digit) = (capital_before != 0, digit_before != 0);
    for byte in chunks.remainder() {
        let (is_capital, is_digit) = (byte.is_ascii_uppercase(), byte.is_ascii_digit());
        if capital && is_digit || digit && is_capital {
            return true;
        }
        (capital, digit) = (is_capital, is_digit);
    }
    false
}

/// The eight bytes of `chunk` (which holds eight) as one number, the first byte lowest.
pub(crate) fn load(chunk: &[u8]) -> u64 {
    u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]))
}

/// The index of the first ASCII digit at or after `from`.
pub(crate) fn find_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut offset = from;
    let mut chunks = rest.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let found = ascii_digits(load(chunk));
        if found != 0 {
            return Some(offset + (found.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks.remainder().iter().position(u8::is_ascii_digit).map(|position| offset + position)
}

/// The high bit of each byte of `chunk` from 0xC3: the first byte of a character from U+00C0
/// (`Ö`, `å`). Such a byte has its high bit set and its low seven bits from 0x43, which the
/// sum carries into the high bit (0x7F + 0x3D = 0xBC carries into no other byte).
const fn wide_leads(chunk: u64) -> u64 {
    ((chunk & (ONES * 0x7F)) + ONES * (0x80 - 0x43)) & chunk & HIGH_BITS
}

/// The capitals, digits and first bytes of wide characters of a text, eight bytes to a mask
/// (the high bit of each such byte), read in one pass that several readers share: the start
/// of a country's name or code, the first digit, a capital beside a digit. Each reader once
/// read the text for its own class, at about as many instructions a byte as this pass costs
/// for all three, and now passes over the eight bytes of a mask with no bit at one test.
#[derive(Default)]
pub(crate) struct ByteMasks {
    capitals: Vec<u64>,
    digits: Vec<u64>,
    wide: Vec<u64>,
}

impl ByteMasks {
    /// Masks with no room yet.
    pub(crate) const fn new() -> ByteMasks {
        ByteMasks { capitals: Vec::new(), digits: Vec::new(), wide: Vec::new() }
    }

    /// Makes these the masks of `bytes`, in the room of those of another text. A byte past the
    /// end of the text (in the last mask) is none of the classes.
    pub(crate) fn read(&mut self, bytes: &[u8]) {
        // Written in place, each mask where the one of the text before stood: no push and no
        // test of room for each of the three.
        let chunks = bytes.len().div_ceil(8);
        for masks in [&mut self.capitals, &mut self.digits, &mut self.wide] {
            masks.clear();
            masks.resize(chunks, 0);
        }
        let places = self.capitals.iter_mut().zip(self.digits.iter_mut()).zip(self.wide.iter_mut());
        for (chunk, ((capitals, digits), wide)) in bytes.chunks(8).zip(places) {
            let word = match <[u8; 8]>::try_from(chunk) {
                Ok(eight) => u64::from_le_bytes(eight),
                Err(_) => {
                    let mut eight = [0u8; 8];
                    if let Some(head) = eight.get_mut(..chunk.len()) {
                        head.copy_from_slice(chunk);
                    }
                    u64::from_le_bytes(eight)
                }
            };
            *capitals = ascii_capitals(word);
            *digits = ascii_digits(word);
            *wide = wide_leads(word);
        }
    }

    /// The masks of `bytes`.
    #[cfg(test)]
    pub(crate) fn of(bytes: &[u8]) -> ByteMasks {
        let mut masks = ByteMasks::default();
        masks.read(bytes);
        masks
    }

    /// The index of the first ASCII digit: what [`find_digit`] answers from 0.
    pub(crate) fn first_digit(&self) -> Option<usize> {
        let (chunk, mask) = self.digits.iter().enumerate().find(|(_, mask)| **mask != 0)?;
        Some(chunk * 8 + (mask.trailing_zeros() / 8) as usize)
    }

    /// What [`capital_beside_digit`] answers.
    pub(crate) fn capital_beside_digit(&self) -> bool {
        // The high bits of the last byte of the mask before, moved to below the first byte's.
        let (mut capital_before, mut digit_before) = (0, 0);
        for (&capitals, &digits) in self.capitals.iter().zip(&self.digits) {
            if (capitals << 8 | capital_before) & digits != 0 || (digits << 8 | digit_before) & capitals != 0
            {
                return true;
            }
            capital_before = capitals >> 56;
            digit_before = digits >> 56;
        }
        false
    }

    /// The positions of the ASCII capitals and of the first bytes from 0xC3, in order: where a
    /// word that starts with a capital may start (`Latvia`, `Österrike`).
    pub(crate) fn capitals_or_wide(&self) -> impl Iterator<Item = usize> + '_ {
        marked(self.capitals.len(), |chunk| {
            self.capitals.get(chunk).copied().unwrap_or(0) | self.wide.get(chunk).copied().unwrap_or(0)
        })
    }

    /// The positions of the ASCII capitals followed by another (`LV` of `LV,`, `CO` of
    /// `COM`), in order: where a country's code may start.
    pub(crate) fn capital_pairs(&self) -> impl Iterator<Item = usize> + '_ {
        marked(self.capitals.len(), |chunk| {
            let capitals = |chunk: usize| self.capitals.get(chunk).copied().unwrap_or(0);
            // The capital after each byte moved to its place; the last byte's is the first of
            // the next mask.
            capitals(chunk) & (capitals(chunk) >> 8 | capitals(chunk + 1) << 56)
        })
    }
}

/// The positions marked in `chunks` masks of eight bytes each, which `mark` gives by their
/// index: the set bits, in order, with no test of a byte whose bit is clear.
fn marked(chunks: usize, mark: impl Fn(usize) -> u64) -> impl Iterator<Item = usize> {
    let mut chunk = 0;
    let mut marks = if chunks > 0 { mark(0) } else { 0 };
    std::iter::from_fn(move || {
        while marks == 0 {
            chunk += 1;
            if chunk >= chunks {
                return None;
            }
            marks = mark(chunk);
        }
        let place = (marks.trailing_zeros() / 8) as usize;
        marks &= marks - 1;
        Some(chunk * 8 + place)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_of_every_byte_in_every_place() {
        for byte in 0..=255u8 {
            for place in 0..8 {
                for fill in [0u8, b' ', b'a', b'5', 0xFF, b'Z'] {
                    let mut chunk = [fill; 8];
                    chunk[place] = byte;
                    let word = load(&chunk);
                    let expected = |test: fn(&u8) -> bool| {
                        chunk
                            .iter()
                            .enumerate()
                            .filter(|(_, b)| test(b))
                            .fold(0u64, |bits, (i, _)| bits | 0x80 << (8 * i))
                    };
                    assert_eq!(ascii_letters(word), expected(u8::is_ascii_alphabetic), "{byte} at {place}");
                    assert_eq!(ascii_digits(word), expected(u8::is_ascii_digit), "{byte} at {place}");
                    assert_eq!(ascii_capitals(word), expected(u8::is_ascii_uppercase), "{byte} at {place}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn find_digit_as_a_byte_scan(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40),
            from in 0usize..42,
        ) {
            let by_bytes = bytes.get(from..).and_then(|rest| rest.iter().position(u8::is_ascii_digit)).map(|p| from + p);
            proptest::prop_assert_eq!(find_digit(&bytes, from), by_bytes);
        }

        #[test]
        fn masks_as_byte_scans(
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![b'A', b'Z', b'a', b'0', b'9', b'@', b'[', b'/', b':', 0xC2, 0xC3, 0x84, 0xFF, b' ']),
                0..40,
            ),
        ) {
            let masks = ByteMasks::of(&bytes);
            let wide: Vec<usize> =
                (0..bytes.len()).filter(|&at| bytes[at].is_ascii_uppercase() || bytes[at] >= 0xC3).collect();
            proptest::prop_assert_eq!(masks.capitals_or_wide().collect::<Vec<_>>(), wide);
            let pairs: Vec<usize> = (0..bytes.len().saturating_sub(1))
                .filter(|&at| bytes[at].is_ascii_uppercase() && bytes[at + 1].is_ascii_uppercase())
                .collect();
            proptest::prop_assert_eq!(masks.capital_pairs().collect::<Vec<_>>(), pairs);
            proptest::prop_assert_eq!(masks.first_digit(), find_digit(&bytes, 0));
            proptest::prop_assert_eq!(masks.capital_beside_digit(), capital_beside_digit(&bytes));
        }

        #[test]
        fn capital_beside_digit_as_a_byte_scan(
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![b'A', b'Z', b'a', b'0', b'9', b' ', b'.', 0xC3, 0x84, b'@', b'[', b'/', b':']),
                0..40,
            ),
        ) {
            let by_bytes = bytes.windows(2).any(|pair| {
                pair[0].is_ascii_uppercase() && pair[1].is_ascii_digit()
                    || pair[0].is_ascii_digit() && pair[1].is_ascii_uppercase()
            });
            proptest::prop_assert_eq!(capital_beside_digit(&bytes), by_bytes);
        }
    }
}
