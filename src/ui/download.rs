//! Saving a file the user asked for: bytes → Blob → object URL → a temporary
//! `<a download>` click. Nothing is sent anywhere; the browser writes the file
//! to the user's downloads. Also reads picked files back as bytes.

use wasm_bindgen::JsCast;

/// The media types of the files the app offers.
pub(crate) const CSV_MIME: &str = "text/csv;charset=utf-8";
pub(crate) const ZIP_MIME: &str = "application/zip";
pub(crate) const JSON_MIME: &str = "application/json";

/// Offers `bytes` as a download named `file_name`. Returns a message the UI
/// can show if the browser refused.
pub fn download(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let anchor = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "not an anchor".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The click has started the download synchronously; the URL can go.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Offers UTF-8 text as a download.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    download(file_name, mime, text.as_bytes())
}

/// Reads one picked file's bytes.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Decodes Shift_JIS/CP932 with the browser's own decoder (no table in the
/// wasm). `None` if the browser lacks it or the bytes are not valid.
pub fn decode_shift_jis(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options("shift_jis", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}
