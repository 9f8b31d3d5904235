//! Hash routes (`#/wb/<id>/inventory/<tech>`): where the user is, as a URL, so
//! the back button and a reload keep their place — also on `file://`, where
//! only the fragment can change without a navigation.
//!
//! Pure: parsing and formatting are tested natively.

use uuid::Uuid;

/// A screen of a workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Overview,
    /// Inventory list, optionally with one technology's detail open.
    Inventory(Option<Uuid>),
    /// Actors and the actor × technology matrix, optionally one actor open.
    Threats(Option<Uuid>),
    /// Ranked scenarios, optionally one scenario open.
    Scenarios(Option<Uuid>),
    Countermeasures(Option<Uuid>),
    Exercises(Option<Uuid>),
    Settings,
    /// Import and export of the open workbook.
    Exchange,
    /// The printable report (A4).
    Report,
}

/// Every place in the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The workbook list (and the welcome on first start).
    Workbooks,
    /// Import files into a new workbook (reached from the workbook list).
    Import,
    /// The read-only roll-up of many labs' exports (nothing is stored).
    Portfolio,
    Workbook(Uuid, Screen),
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`). Anything
    /// unknown falls back to the workbook list rather than an error page.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let id = |i: usize| parts.get(i).and_then(|s| Uuid::parse_str(s).ok());
        match parts.as_slice() {
            ["wb", _, rest @ ..] => {
                let Some(wb) = id(1) else {
                    return Route::Workbooks;
                };
                let sub = id(3);
                let screen = match rest.first().copied() {
                    None | Some("overview") => Screen::Overview,
                    Some("inventory") => Screen::Inventory(sub),
                    Some("threats") => Screen::Threats(sub),
                    Some("scenarios") => Screen::Scenarios(sub),
                    Some("countermeasures") => Screen::Countermeasures(sub),
                    Some("exercises") => Screen::Exercises(sub),
                    Some("settings") => Screen::Settings,
                    Some("exchange") => Screen::Exchange,
                    Some("report") => Screen::Report,
                    Some(_) => Screen::Overview,
                };
                Route::Workbook(wb, screen)
            }
            ["import"] => Route::Import,
            ["portfolio"] => Route::Portfolio,
            _ => Route::Workbooks,
        }
    }

    /// The canonical hash for this route.
    pub fn to_hash(self) -> String {
        match self {
            Route::Workbooks => "#/".to_owned(),
            Route::Import => "#/import".to_owned(),
            Route::Portfolio => "#/portfolio".to_owned(),
            Route::Workbook(wb, screen) => {
                let (name, sub) = match screen {
                    Screen::Overview => ("overview", None),
                    Screen::Inventory(s) => ("inventory", s),
                    Screen::Threats(s) => ("threats", s),
                    Screen::Scenarios(s) => ("scenarios", s),
                    Screen::Countermeasures(s) => ("countermeasures", s),
                    Screen::Exercises(s) => ("exercises", s),
                    Screen::Settings => ("settings", None),
                    Screen::Exchange => ("exchange", None),
                    Screen::Report => ("report", None),
                };
                match sub {
                    Some(s) => format!("#/wb/{wb}/{name}/{s}"),
                    None => format!("#/wb/{wb}/{name}"),
                }
            }
        }
    }

    /// The workbook this route is inside, if any.
    pub fn workbook(self) -> Option<Uuid> {
        match self {
            Route::Workbooks | Route::Import | Route::Portfolio => None,
            Route::Workbook(id, _) => Some(id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hash: &str, expected: Route) {
        assert_eq!(Route::parse(hash), expected, "parsing {hash}");
    }

    #[test]
    fn routes_parse_and_round_trip() {
        let wb = Uuid::from_u128(1);
        let t = Uuid::from_u128(2);
        check("", Route::Workbooks);
        check("#/", Route::Workbooks);
        check("#/nonsense", Route::Workbooks);
        check("#/wb/not-a-uuid/inventory", Route::Workbooks);
        check(&format!("#/wb/{wb}"), Route::Workbook(wb, Screen::Overview));
        check(
            &format!("#/wb/{wb}/bogus"),
            Route::Workbook(wb, Screen::Overview),
        );
        check(
            &format!("#/wb/{wb}/inventory/{t}"),
            Route::Workbook(wb, Screen::Inventory(Some(t))),
        );
        check(
            &format!("#/wb/{wb}/inventory/xyz"),
            Route::Workbook(wb, Screen::Inventory(None)),
        );
        for screen in [
            Screen::Overview,
            Screen::Inventory(Some(t)),
            Screen::Threats(None),
            Screen::Scenarios(Some(t)),
            Screen::Countermeasures(None),
            Screen::Exercises(Some(t)),
            Screen::Settings,
            Screen::Exchange,
            Screen::Report,
        ] {
            let r = Route::Workbook(wb, screen);
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
        assert_eq!(Route::parse(&Route::Workbooks.to_hash()), Route::Workbooks);
        check(
            &format!("#/wb/{wb}/exchange"),
            Route::Workbook(wb, Screen::Exchange),
        );
        check(
            &format!("#/wb/{wb}/report"),
            Route::Workbook(wb, Screen::Report),
        );
        check("#/import", Route::Import);
        check("#/portfolio", Route::Portfolio);
        for r in [Route::Import, Route::Portfolio] {
            assert_eq!(Route::parse(&r.to_hash()), r);
            assert_eq!(r.workbook(), None);
        }
    }
}
