//! The shell's clock and ids: the domain never reads a clock or makes an id,
//! the shell does it here and passes them in.

use time::OffsetDateTime;
use uuid::Uuid;

/// Current time from the browser clock (the domain never reads a clock).
pub fn now() -> OffsetDateTime {
    let ms = js_sys::Date::now();
    OffsetDateTime::from_unix_timestamp_nanos((ms as i128) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// `YYYY-MM-DD HH:MM` in the browser's local time zone.
pub fn format_ms(ms: i64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Today's date in the browser's local time zone: due dates, "overdue" and
/// file names are the user's calendar day, not UTC (in Japan the UTC date
/// lags until 09:00). The one place the shell turns the clock into a date.
pub fn local_today() -> time::Date {
    let d = js_sys::Date::new_0();
    time::Month::try_from(d.get_month() as u8 + 1)
        .ok()
        .and_then(|m| {
            time::Date::from_calendar_date(d.get_full_year() as i32, m, d.get_date() as u8).ok()
        })
        .unwrap_or_else(|| now().date())
}

/// A fresh random id.
pub fn new_id() -> Uuid {
    Uuid::new_v4()
}
