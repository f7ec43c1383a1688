//! Any bytes as a story's `story.yaml` and an article's front matter, read from disk as a run
//! reads them: an error naming the file or a story, never a panic, a hang or unbounded memory.
//! A 0x1E (record separator) splits the input: before it the `story.yaml`, after it the front
//! matter of the story's one article (the article's body is a fixed sentence with a count and a
//! relative date, so that a publication date read from either file is used).

#![no_main]

use std::path::PathBuf;

use claimdiff::ingest::Story;
use libfuzzer_sys::fuzz_target;

thread_local! {
    /// One story folder per process, rewritten for each input.
    static DIR: PathBuf = {
        let dir = std::env::temp_dir().join(format!("claimdiff-fuzz-meta-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary story folder");
        dir
    };
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (manifest, front) = text.split_once('\u{1e}').unwrap_or((&text, ""));
    let article = format!("---\n{front}\n---\nTwelve people were killed on Monday, police said.\n");
    DIR.with(|dir| {
        std::fs::write(dir.join("story.yaml"), manifest).expect("write story.yaml");
        std::fs::write(dir.join("a.txt"), &article).expect("write the article");
        if let Ok(story) = Story::load(std::slice::from_ref(dir)) {
            for a in &story.articles {
                // Every offset of the text has a place in the file.
                let (line, column) = a.line_col(a.text.len());
                assert!(line >= 1 && column >= 1);
            }
        }
    });
});
