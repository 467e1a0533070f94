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
/// `bytes` (`C3`, `2B`): every identifier of capitals and digits holds such a pair.
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

/// The index of the first ASCII capital or byte of a character beyond ASCII at or after
/// `from`: where a word that starts with a capital may start (`Latvia`, `Österrike`).
pub(crate) fn find_capital_or_wide(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut offset = from;
    let mut chunks = rest.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let word = load(chunk);
        let found = ascii_capitals(word) | word & HIGH_BITS;
        if found != 0 {
            return Some(offset + (found.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|b| b.is_ascii_uppercase() || *b >= 0x80)
        .map(|position| offset + position)
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
        fn find_capital_or_wide_as_a_byte_scan(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40),
            from in 0usize..42,
        ) {
            let by_bytes = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(|b| b.is_ascii_uppercase() || *b >= 0x80))
                .map(|p| from + p);
            proptest::prop_assert_eq!(find_capital_or_wide(&bytes, from), by_bytes);
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
