//! A minimal static server for the built app on loopback only.
//!
//! It serves exactly one document, `dist/mamori.html`, and sends the same
//! Content-Security-Policy the file carries in its meta tag, so the served
//! build and the single file run under one policy, plus `frame-ancestors
//! 'none'`, which only a header can carry (a meta policy ignores it): the
//! served page cannot be framed by another site. It is a development and
//! test aid; the product is the file itself.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::single_file::csp_of;

/// Serves `html` on `127.0.0.1:port` until the process is stopped. Prints the
/// URL on stdout first (tests read it when they ask for port 0).
pub fn serve(html: &Path, port: u16) -> Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("cannot listen on 127.0.0.1:{port} (is it in use?)"))?;
    let addr = listener.local_addr()?;
    println!("serving http://{addr}/");
    println!("single file: {}", html.display());
    for stream in listener.incoming().flatten() {
        let html = html.to_path_buf();
        std::thread::spawn(move || {
            if let Err(e) = respond(stream, &html) {
                // A browser that reloads drops its connection mid-response:
                // that is normal and not worth a line in the test log.
                let dropped = e.downcast_ref::<std::io::Error>().is_some_and(|io| {
                    matches!(
                        io.kind(),
                        std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::ConnectionReset
                    )
                });
                if !dropped {
                    eprintln!("request failed: {e:#}");
                }
            }
        });
    }
    Ok(())
}

fn respond(stream: TcpStream, html: &PathBuf) -> Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; we need none of them.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default();
    let path = parts.next().unwrap_or_default();
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let mut out = stream;
    match (method, path) {
        ("GET" | "HEAD", "/" | "/index.html" | "/mamori.html") => {
            // Read on every request so a rebuild shows up on reload.
            let body =
                std::fs::read(html).with_context(|| format!("reading {}", html.display()))?;
            // The page is windows-1252 (see latin_text); its policy is ASCII.
            let csp = csp_of(&encoding_rs::WINDOWS_1252.decode(&body).0)?;
            out.write_all(page_head(&csp, body.len()).as_bytes())?;
            if method == "GET" {
                out.write_all(&body)?;
            }
        }
        _ => {
            let body = "not found\n";
            write!(
                out,
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\
                 Connection: close\r\n\r\n{body}",
                body.len()
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The page's status line and headers: the file's own policy with
/// `frame-ancestors 'none'` added (meta policies cannot carry it).
fn page_head(csp: &str, len: usize) -> String {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\
         Content-Length: {len}\r\nContent-Security-Policy: {csp}; frame-ancestors 'none'\r\n\
         X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_served_page_cannot_be_framed_and_keeps_the_files_policy() {
        let csp = crate::single_file::content_security_policy("a", "b");
        let head = page_head(&csp, 42);
        let header = head
            .split("\r\n")
            .find_map(|l| l.strip_prefix("Content-Security-Policy: "))
            .expect("a CSP header");
        assert!(header.starts_with(&csp), "{header}");
        assert!(header.ends_with("; frame-ancestors 'none'"), "{header}");
        assert!(header.contains("img-src 'none'"), "{header}");
        assert!(head.contains("Content-Length: 42\r\n"));
        assert!(head.ends_with("\r\n\r\n"));
    }
}
