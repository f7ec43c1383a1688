//! Bytes → text: whether a file's bytes are an article's text at all, and how they are decoded.
//!
//! UTF-8 is taken as it is (a byte-order mark included, so spans stay byte offsets into the
//! file). A UTF-16 byte-order mark declares its encoding, so such a file is decoded. Bytes that
//! are not UTF-8 and declare nothing are most often Latin-1 or Windows-1252 (scraped pages,
//! Windows editors): they are decoded as Windows-1252, a superset of the printable Latin-1
//! range, and the caller warns that this was a guess; a web page that declares its encoding in a
//! `<meta charset>` is decoded with that one instead. A NUL byte means the file is not text.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// An article's bytes, decoded.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Decoded {
    /// Valid UTF-8, unchanged.
    Utf8(String),
    /// UTF-16 declared by its byte-order mark (the mark removed). `malformed` when an unpaired
    /// surrogate had to be replaced with U+FFFD.
    Utf16 {
        /// The text.
        text: String,
        /// "UTF-16LE" or "UTF-16BE".
        encoding: &'static str,
        /// Some code units could not be decoded.
        malformed: bool,
    },
    /// UTF-8 with invalid sequences: the rest of the text is UTF-8 (it has valid multi-byte
    /// characters before the first bad byte), so the bad bytes become U+FFFD.
    BrokenUtf8 {
        /// The text.
        text: String,
        /// Byte offset of the first invalid sequence in the file.
        offset: usize,
    },
    /// Not UTF-8, and a web page whose `<meta charset>` names the encoding: decoded with it.
    Declared {
        /// The text.
        text: String,
        /// The encoding's name ("GBK", "Shift_JIS", "windows-1251").
        encoding: &'static str,
    },
    /// Not UTF-8: decoded as Windows-1252 (a guess).
    Windows1252 {
        /// The text.
        text: String,
        /// Byte offset of the first byte that is not UTF-8.
        offset: usize,
    },
}

/// Why a file's bytes are not an article.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum NotText {
    /// A NUL byte (or a NUL character after UTF-16 decoding): an image, a PDF, UTF-32…
    Binary {
        /// Byte offset of the first NUL, in the file (or, after UTF-16 decoding, in the text).
        offset: usize,
    },
}

/// Decodes an article's bytes, or says why they are not text.
pub(super) fn decode(bytes: Vec<u8>) -> Result<Decoded, NotText> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        if encoding != UTF_8 {
            let (text, malformed) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
            let text = text.into_owned();
            if let Some(offset) = text.find('\0') {
                return Err(NotText::Binary { offset });
            }
            // A BOM names UTF-8, UTF-16LE or UTF-16BE; the name is encoding_rs's ("UTF-16LE").
            return Ok(Decoded::Utf16 {
                text,
                encoding: encoding.name(),
                malformed,
            });
        }
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(NotText::Binary { offset });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded::Utf8(text)),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            if let Some(encoding) = declared_charset(&bytes) {
                let (text, _) = encoding.decode_without_bom_handling(&bytes);
                return Ok(Decoded::Declared {
                    text: text.into_owned(),
                    encoding: encoding.name(),
                });
            }
            if !bytes[..offset].is_ascii() {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                return Ok(Decoded::BrokenUtf8 { text, offset });
            }
            // Windows-1252 maps every byte, so this decoding never fails.
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(&bytes);
            Ok(Decoded::Windows1252 {
                text: text.into_owned(),
                offset,
            })
        }
    }
}

/// The encoding a web page declares in a `<meta charset="…">` or `<meta http-equiv
/// content="text/html; charset=…">` within its first 1,024 bytes (where the HTML standard's
/// prescan looks), when it is one encoding_rs knows and not UTF-8 or UTF-16 (a page that is
/// not UTF-8 cannot be either).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes[..bytes.len().min(1024)].to_ascii_lowercase();
    let meta = head.windows(5).position(|w| w == b"<meta")?;
    let at = meta + head[meta..].windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = head[at..]
        .iter()
        .skip_while(|&&b| b == b'"' || b == b'\'')
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .copied()
        .collect();
    let encoding = Encoding::for_label(&label)?;
    let unicode = encoding == UTF_8 || encoding.name().starts_with("UTF-16");
    (!unicode).then_some(encoding)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept_as_is_bom_included() {
        let text = "\u{feff}Dix civils tués.\n";
        assert_eq!(
            decode(text.as_bytes().to_vec()),
            Ok(Decoded::Utf8(text.into()))
        );
    }

    #[test]
    fn latin1_bytes_are_decoded_as_windows_1252_with_the_first_bad_offset() {
        // é (0xE9) in Latin-1, and a Windows-1252 curly quote (0x93) that Latin-1 lacks.
        let bytes = b"Dix civils tu\xe9s, \x93dit\x94 la police.\n".to_vec();
        assert_eq!(
            decode(bytes),
            Ok(Decoded::Windows1252 {
                text: "Dix civils tués, “dit” la police.\n".into(),
                offset: 13,
            })
        );
    }

    #[test]
    fn a_page_that_declares_its_charset_is_decoded_with_it() {
        // "Мали" in windows-1251, declared by the page.
        let bytes =
            b"<html><head><meta charset=\"windows-1251\"></head><p>\xcc\xe0\xeb\xe8</p>".to_vec();
        assert_eq!(
            decode(bytes),
            Ok(Decoded::Declared {
                text: "<html><head><meta charset=\"windows-1251\"></head><p>Мали</p>".into(),
                encoding: "windows-1251",
            })
        );
        // A page that says UTF-8 but is not is still a guess.
        let bytes = b"<meta charset=utf-8><p>tu\xe9s</p>".to_vec();
        assert!(matches!(decode(bytes), Ok(Decoded::Windows1252 { .. })));
    }

    #[test]
    fn utf8_with_a_stray_bad_byte_stays_utf8() {
        let bytes = b"Tinzaouat\xc3\xa8ne: 47 soldats tu\xe9s.\n".to_vec();
        assert_eq!(
            decode(bytes),
            Ok(Decoded::BrokenUtf8 {
                text: "Tinzaouatène: 47 soldats tu\u{fffd}s.\n".into(),
                offset: 28,
            })
        );
    }

    #[test]
    fn utf16_with_a_bom_is_decoded_both_ways() {
        let text = "Dix civils tués à Gao.\n";
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for (bytes, encoding) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
            assert_eq!(
                decode(bytes),
                Ok(Decoded::Utf16 {
                    text: text.into(),
                    encoding,
                    malformed: false,
                })
            );
        }
    }

    #[test]
    fn a_nul_byte_means_binary() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        assert_eq!(decode(png), Err(NotText::Binary { offset: 8 }));
        // UTF-32LE starts with the UTF-16LE mark; its NUL code units give it away.
        let utf32: Vec<u8> = [0xff, 0xfe, 0, 0]
            .into_iter()
            .chain("Ten".chars().flat_map(|c| (c as u32).to_le_bytes()))
            .collect();
        assert!(matches!(decode(utf32), Err(NotText::Binary { .. })));
    }
}
