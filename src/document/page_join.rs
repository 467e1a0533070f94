//! Joins paragraphs split by a page break into one logical paragraph.
